namespace DangVu.Core.Documents;

/// <summary>
/// Reads the header — everything above the type heading: issuing body and the bodies above it, number and symbol,
/// place and date, and an official letter's "V/v" title. It works on what the text says rather than where it
/// stands: the national titles, the date and the symbol are found by pattern and blanked out, and what is left in
/// the header is the issuing body's name, so a two-column layout, one cell per line (HTML copies) and one line
/// holding everything (PDF text) read alike.
/// </summary>
internal static class HeaderReader
{
    /// <summary>Reads the header lines before <paramref name="endLine"/>; returns the last line it used, or -1.</summary>
    public static int Read(SourceText source, int endLine, DocumentDraft draft)
    {
        var regionEnd = source.LineStart(endLine);
        var blanked = source.Folded[..regionEnd].ToArray();
        foreach (var match in DocumentPatterns.NationalTitle().EnumerateMatches(source.Folded[..regionEnd]))
        {
            Blank(blanked, match.Index, match.Length);
        }

        var lastLine = -1;
        var dateLine = HeaderDateReader.Read(source, blanked, draft, ref lastLine);
        var symbolLine = NumberSymbolReader.Read(source, blanked, draft, ref lastLine);
        var titleEnd = LetterTitleReader.Read(source, blanked, Math.Max(symbolLine, 0), endLine, draft);
        lastLine = Math.Max(lastLine, titleEnd);

        var issuerEnd = symbolLine >= 0 ? symbolLine : dateLine >= 0 ? dateLine : endLine - 1;
        IssuerReader.Read(source, blanked, issuerEnd, stopAtText: symbolLine < 0 && dateLine < 0, draft);
        return lastLine;
    }

    /// <summary>Blanks out a part already read (line breaks kept), so the next pattern and the cells do not see it.</summary>
    public static void Blank(char[] chars, int start, int length)
    {
        var end = Math.Min(chars.Length, start + length);
        for (var index = start; index < end; index++)
        {
            if (chars[index] is not ('\n' or '\r'))
            {
                chars[index] = ' ';
            }
        }
    }
}
