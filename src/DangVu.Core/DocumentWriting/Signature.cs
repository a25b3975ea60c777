namespace DangVu.Core.DocumentWriting;

/// <summary>
/// The signature block: the authority line(s), the signer's title and name. A deputy's signature may stand under the
/// collective it signs for: "T/M BAN THƯỜNG VỤ" / "K/T BÍ THƯ" / "PHÓ BÍ THƯ".
/// </summary>
/// <param name="Kind">T/M, T/L or K/T.</param>
/// <param name="Body">What follows the authority: "BAN THƯỜNG VỤ" (T/M, T/L), "BÍ THƯ" (K/T).</param>
/// <param name="Collective">For K/T only: the collective above it ("BAN THƯỜNG VỤ"), written as a T/M line; else null.</param>
/// <param name="SignerTitle">The signer's title: "PHÓ CHÁNH VĂN PHÒNG".</param>
/// <param name="SignerName">The signer's name: "Huỳnh Đa Trung".</param>
public sealed record Signature(SigningAuthorityKind Kind, string Body, string? Collective, string SignerTitle, string SignerName)
{
    /// <summary>The abbreviation a kind is written with: "T/M", "T/L", "K/T".</summary>
    public static string Abbreviation(SigningAuthorityKind kind) => kind switch
    {
        SigningAuthorityKind.OnBehalfOf => "T/M",
        SigningAuthorityKind.ByOrderOf => "T/L",
        SigningAuthorityKind.Deputy => "K/T",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown signing authority."),
    };

    /// <summary>The Vietnamese name of a kind, for forms: "T/M — thay mặt".</summary>
    public static string Label(SigningAuthorityKind kind) => kind switch
    {
        SigningAuthorityKind.OnBehalfOf => "T/M — thay mặt (tập thể)",
        SigningAuthorityKind.ByOrderOf => "T/L — thừa lệnh",
        SigningAuthorityKind.Deputy => "K/T — ký thay (cấp phó)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown signing authority."),
    };

    /// <summary>The authority lines as the block writes them, top first.</summary>
    public IReadOnlyList<string> AuthorityLines => Kind == SigningAuthorityKind.Deputy && !string.IsNullOrEmpty(Collective)
        ? [$"{Abbreviation(SigningAuthorityKind.OnBehalfOf)} {Collective}", $"{Abbreviation(Kind)} {Body}"]
        : [$"{Abbreviation(Kind)} {Body}"];

    /// <summary>The authority as one line, the lines joined with ", " (as <see cref="Documents.ParsedDocument.SigningAuthority"/> reads it).</summary>
    public string AuthorityText => string.Join(", ", AuthorityLines);
}
