namespace DangVu.Core.DocumentWriting;

/// <summary>
/// A kind of party document DangVu writes: its type code in the number-symbol ("TB" in 509-TB/TU) and its Vietnamese
/// name, written as the heading above the title ("THÔNG BÁO"). An official letter (công văn) has no heading: its title
/// is the "V/v …" line under the number-symbol.
/// </summary>
/// <param name="Code">The type code as the symbol writes it (HD 36-HD/VPTW): "TB", "QĐ", "QĐi", "CTr".</param>
/// <param name="Name">The type name in sentence case: "Thông báo".</param>
/// <param name="IsLetter">True for an official letter: no heading, the title is "V/v …" in the header.</param>
public sealed record DocumentKind(string Code, string Name, bool IsLetter = false)
{
    /// <summary>The heading above the title, in capitals ("THÔNG BÁO"); empty for a letter.</summary>
    public string Heading => IsLetter ? string.Empty : Name.ToUpper(Text.VietnameseText.Culture);
}
