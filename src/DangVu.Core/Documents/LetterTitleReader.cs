using System.Text;

namespace DangVu.Core.Documents;

/// <summary>An official letter has no type heading; its title is the "V/v …" block under the symbol.</summary>
internal static class LetterTitleReader
{
    /// <summary>An official letter's title: "V/v triển khai …" under the symbol, with the lines that continue it.</summary>
    public static int Read(SourceText source, char[] blanked, int fromLine, int endLine, DocumentDraft draft)
    {
        var cells = new List<TextCell>(4);
        var folded = source.Folded;
        for (var lineIndex = fromLine; lineIndex < endLine; lineIndex++)
        {
            var line = source.Lines[lineIndex];
            if (line.IsBlank)
            {
                continue;
            }

            DocumentText.SplitCells(blanked, line, cells);
            foreach (var cell in cells)
            {
                var prefix = DocumentText.StartsWithWords(folded, cell.Start, cell.End, "v/v") ? 3
                    : DocumentText.StartsWithWords(folded, cell.Start, cell.End, "ve viec") ? 7
                    : -1;
                if (prefix < 0)
                {
                    continue;
                }

                var builder = new StringBuilder();
                var start = cell.Start + prefix;
                while (start < cell.End && (source.Text[start] is ':' or ' ' or '\t'))
                {
                    start++;
                }

                DocumentText.AppendCollapsed(builder, source.Text.AsSpan(start, cell.End - start));
                var last = ContinueLetterTitle(source, blanked, lineIndex, endLine, cell.Column, builder);
                draft.Title = builder.ToString();
                for (var index = lineIndex; index <= last; index++)
                {
                    HeaderReader.Blank(blanked, source.Lines[index].Start, Math.Min(source.Lines[index].End, blanked.Length) - source.Lines[index].Start);
                }

                return last;
            }
        }

        return -1;
    }

    private static int ContinueLetterTitle(SourceText source, char[] blanked, int lineIndex, int endLine, int column, StringBuilder builder)
    {
        var cells = new List<TextCell>(4);
        var last = lineIndex;
        for (var next = lineIndex + 1; next < endLine && next <= lineIndex + 4; next++)
        {
            var line = source.Lines[next];
            if (line.IsBlank || DocumentText.EndsSentence(builder.ToString(), 0, builder.Length))
            {
                break;
            }

            DocumentText.SplitCells(blanked, line, cells);
            if (cells.Count == 0 || Math.Abs(cells[0].Column - column) > 12 || cells[0].End - cells[0].Start > 120
                || DocumentText.StartsWithWords(source.Folded, cells[0].Start, cells[0].End, "kinh gui"))
            {
                break;
            }

            DocumentText.AppendCollapsed(builder, source.Text.AsSpan(cells[0].Start, cells[0].End - cells[0].Start));
            last = next;
        }

        return last;
    }
}
