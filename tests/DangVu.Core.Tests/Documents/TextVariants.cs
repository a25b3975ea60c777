using System.Text;
using System.Text.RegularExpressions;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Documents;

/// <summary>The same document as other tools and typists deliver it.</summary>
internal static partial class TextVariants
{
    /// <summary>Every word in the new tone placement (uỷ, hoà), the layout untouched.</summary>
    public static string NewTonePlacement(string text) => Word().Replace(text, match => VietnameseText.Normalize(match.Value));

    /// <summary>Every word in the old tone placement (ủy, hòa), the layout untouched.</summary>
    public static string OldTonePlacement(string text) =>
        Word().Replace(NewTonePlacement(text), match =>
        {
            var decomposed = match.Value.Normalize(NormalizationForm.FormD);
            foreach (var nucleus in (string[])["oa", "oe", "uy", "OA", "OE", "UY", "Oa", "Oe", "Uy"])
            {
                foreach (var tone in "\u0300\u0301\u0303\u0309\u0323")
                {
                    var moved = string.Concat(nucleus.AsSpan(0, 1), tone.ToString(), nucleus.AsSpan(1));
                    if (decomposed.EndsWith(nucleus + tone, StringComparison.Ordinal) && !decomposed.StartsWith("qu", StringComparison.OrdinalIgnoreCase))
                    {
                        return (decomposed[..^(nucleus.Length + 1)] + moved).Normalize(NormalizationForm.FormC);
                    }
                }
            }

            return match.Value;
        });

    /// <summary>The text as PDF extraction gives it: each cell of a two-column line on its own line, long lines wrapped, no blank lines.</summary>
    public static string PdfText(string text, int width = 70)
    {
        var output = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            foreach (var cell in ColumnGap().Split(line.Trim()).Where(cell => cell.Length > 0))
            {
                var rest = cell;
                while (rest.Length > width)
                {
                    var cut = rest.LastIndexOf(' ', width);
                    cut = cut <= 0 ? width : cut;
                    output.Append(rest, 0, cut).Append('\n');
                    rest = rest[cut..].TrimStart();
                }

                output.Append(rest).Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>The two columns separated by tabs instead of runs of spaces (how many word processors save text).</summary>
    public static string Tabs(string text) => ColumnGap().Replace(text, "\t\t");

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[ ]{3,}")]
    private static partial Regex ColumnGap();
}
