using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DangVu.TestCommon.Documents;

/// <summary>
/// Builds a real PDF (PdfPig's writer) from a document's text as a word processor would print it: A4, a monospaced
/// font with Vietnamese glyphs, each cell of a two-column line placed at its column, long lines wrapped at the margin
/// (so the text layer comes back ragged, as real PDFs do), new pages as they fill up.
/// </summary>
public static class PdfFromText
{
    private const double FontSize = 9;
    private const double Left = 40;
    private const double Top = 800;
    private const double Bottom = 40;
    private const double Leading = 12;
    private const int Columns = 95;

    /// <summary>Liberation Mono's advance: 1229 of 2048 units, about 0.6 em.</summary>
    private const double CharWidth = 0.6 * FontSize;

    /// <summary>Fonts with Vietnamese glyphs that Debian installs with Chromium and LibreOffice.</summary>
    private static readonly string[] MonospacedFonts =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    ];

    public static byte[] Write(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fontPath = MonospacedFonts.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No monospaced TrueType font with Vietnamese glyphs: apt-get install fonts-liberation2.");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(fontPath));
        PdfPageBuilder? page = null;
        var y = Bottom;
        foreach (var line in Wrap(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\t", "    ", StringComparison.Ordinal).Split('\n')))
        {
            if (page is null || y - Leading < Bottom)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = Top;
            }

            y -= Leading;
            foreach (var (column, cell) in Cells(line))
            {
                page.AddText(cell, FontSize, new PdfPoint(Left + (column * CharWidth), y), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose one page carries a drawn rectangle and no text: what a scanner without OCR gives.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new PdfPoint(40, 40), 500, 700);
        return builder.Build();
    }

    /// <summary>
    /// Lines longer than the page: two-column lines get a narrower gap, as a page's columns are set to fit; other
    /// lines are wrapped at a blank, as a paragraph is.
    /// </summary>
    private static IEnumerable<string> Wrap(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var rest = Narrow(line.TrimEnd());
            while (rest.Length > Columns)
            {
                var cut = rest.LastIndexOf(' ', Columns);
                cut = cut <= rest.Length - rest.TrimStart().Length ? Columns : cut;
                yield return rest[..cut];
                rest = rest[cut..].TrimStart();
            }

            yield return rest;
        }
    }

    private static string Narrow(string line)
    {
        while (line.Length > Columns)
        {
            var gap = System.Text.RegularExpressions.Regex.Matches(line, " {5,}").OrderByDescending(m => m.Length).FirstOrDefault();
            if (gap is null)
            {
                return line;
            }

            var keep = Math.Max(4, gap.Length - (line.Length - Columns));
            line = string.Concat(line.AsSpan(0, gap.Index), new string(' ', keep), line.AsSpan(gap.Index + gap.Length));
        }

        return line;
    }

    /// <summary>The runs of a line separated by blanks kept apart, each with the column it starts at.</summary>
    private static IEnumerable<(int Column, string Text)> Cells(string line)
    {
        var index = 0;
        while (index < line.Length)
        {
            while (index < line.Length && line[index] == ' ')
            {
                index++;
            }

            var start = index;
            while (index < line.Length && !(line[index] == ' ' && (index + 1 >= line.Length || line[index + 1] == ' ')))
            {
                index++;
            }

            if (index > start)
            {
                yield return (start, line[start..index]);
            }
        }
    }
}
