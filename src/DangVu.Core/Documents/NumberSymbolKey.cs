using System.Text;
using DangVu.Core.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// The key on which the document register matches a number-symbol with the ones other documents cite. Texts write
/// the same symbol many ways — "509-TB/TU", "509 - TB/TU", "509–TB/TU", "509-tb/tu", "09 KH/ĐU" beside "9-KH/DU", and
/// the seed's "14/2008-NĐ/CP" for "14/2008/NĐ-CP" — so the key folds case and marks (Đ/D), drops spaces, treats every
/// dash, hyphen and slash as one separator and drops a serial's leading zeros: "509-tb-tu", "14-2008-nd-cp".
/// </summary>
public static class NumberSymbolKey
{
    /// <summary>The longest key kept; a symbol is a few dozen characters.</summary>
    public const int MaxLength = 64;

    /// <summary>The key of <paramref name="numberSymbol"/>; empty when it holds no letter or digit.</summary>
    public static string Of(string? numberSymbol)
    {
        var folded = VietnameseText.SearchKey(numberSymbol);
        var segments = new List<string>();
        var segment = new StringBuilder();
        foreach (var character in folded)
        {
            if (char.IsLetterOrDigit(character))
            {
                segment.Append(character);
            }
            else if (IsSeparator(character))
            {
                Close(segment, segments);
            }
        }

        Close(segment, segments);
        var key = string.Join('-', segments);
        return key.Length > MaxLength ? key[..MaxLength] : key;
    }

    /// <summary>Dashes of every kind, the slash and blanks separate segments; other punctuation is dropped.</summary>
    private static bool IsSeparator(char character) =>
        character is '/' or '\\' || char.IsWhiteSpace(character)
        || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.DashPunctuation
        || character == '\u2212'; // the minus sign, which some generators put for a hyphen

    private static void Close(StringBuilder segment, List<string> segments)
    {
        if (segment.Length == 0)
        {
            return;
        }

        var text = segment.ToString();
        segment.Clear();
        if (text.All(char.IsAsciiDigit))
        {
            text = text.TrimStart('0');
            text = text.Length == 0 ? "0" : text;
        }

        segments.Add(text);
    }
}
