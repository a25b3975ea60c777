using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// Cuts the body into paragraphs and gives their text. A paragraph ends at a blank line, a line that starts a list item,
/// a line that ends a sentence, or where a heading in capitals meets a line that is not — so the ragged lines of PDF
/// text join up again and the blank-line paragraphs of typed text stay apart. Page numbers between lines are skipped.
/// </summary>
internal static class Paragraphs
{
    /// <summary>Appends a paragraph's text, its lines joined by spaces, from <paramref name="from"/> on its first line.</summary>
    public static void AppendText(SourceText source, Paragraph paragraph, int from, StringBuilder builder)
    {
        var lineStart = builder.Length;
        for (var index = paragraph.FirstLine; index <= paragraph.LastLine; index++)
        {
            var line = source.Lines[index];
            if (line.IsBlank || IsPageNumber(source.Text, line))
            {
                continue;
            }

            var start = index == paragraph.FirstLine && from >= line.ContentStart ? Math.Min(from, line.ContentEnd) : line.ContentStart;
            if (builder.Length > lineStart)
            {
                builder.Append(' ');
            }

            var before = builder.Length;
            DocumentText.AppendCollapsed(builder, source.Text.AsSpan(start, line.ContentEnd - start));
            if (builder.Length == before && builder.Length > lineStart && builder[^1] == ' ')
            {
                builder.Length--;
            }
        }
    }

    /// <summary>Cuts the lines between two line numbers into paragraphs.</summary>
    public static List<Paragraph> Split(SourceText source, int startLine, int endLine)
    {
        var paragraphs = new List<Paragraph>(Math.Max(4, (endLine - startLine) / 2));
        var text = source.Text;
        var first = -1;
        var last = -1;
        var gap = false;
        var firstIsHeading = false;
        for (var index = startLine; index < endLine; index++)
        {
            var line = source.Lines[index];
            if (line.IsBlank || DocumentText.IsSeparator(text, line.ContentStart, line.ContentEnd))
            {
                gap = true;
                continue;
            }

            if (IsPageNumber(text, line))
            {
                continue;
            }

            var startsNew = first < 0 || gap || StartsItem(source, line)
                || DocumentText.EndsSentence(text, source.Lines[last].ContentStart, source.Lines[last].ContentEnd)
                || (firstIsHeading && EndsHeading(source, last, line));
            if (startsNew)
            {
                if (first >= 0)
                {
                    paragraphs.Add(new Paragraph(first, last));
                }

                first = index;
                firstIsHeading = line.ContentLength <= 200 && DocumentText.IsMostlyUpper(text, line.ContentStart, line.ContentEnd);
            }

            last = index;
            gap = false;
        }

        if (first >= 0)
        {
            paragraphs.Add(new Paragraph(first, last));
        }

        return paragraphs;
    }

    /// <summary>A paragraph that opened with a line in capitals (a heading) does not run on into a line that is not.</summary>
    private static bool EndsHeading(SourceText source, int last, TextLine line)
    {
        var previous = source.Lines[last];
        return DocumentText.IsMostlyUpper(source.Text, previous.ContentStart, previous.ContentEnd)
            && !DocumentText.IsMostlyUpper(source.Text, line.ContentStart, line.ContentEnd);
    }

    private static bool StartsItem(SourceText source, TextLine line)
    {
        var text = source.Text;
        var start = line.ContentStart;
        var first = text[start];
        if (first is '-' or '+' or '•' or '–' or '*' or '·' or '▪')
        {
            return true;
        }

        if (char.IsDigit(first))
        {
            return DocumentPatterns.TaskNumber().Match(text, start) is { Success: true } task && task.Index == start;
        }

        if (char.IsUpper(first) && line.ContentLength > 1)
        {
            if (SectionNumbers.SectionPrefix(source.Folded[start..line.ContentEnd], out _, out _) || SectionNumbers.PartPrefix(source.Folded[start..line.ContentEnd], out _, out _))
            {
                return true;
            }
        }

        // "a) …", "b. …"
        return char.IsLetter(first) && line.ContentLength > 2 && text[start + 1] is ')' && char.IsWhiteSpace(text[start + 2]);
    }

    private static bool IsPageNumber(string text, TextLine line)
    {
        var span = text.AsSpan(line.ContentStart, line.ContentLength).Trim("-– ");
        return span.Length is > 0 and <= 3 && !span.ContainsAnyExceptInRange('0', '9') && line.ContentLength <= 7;
    }
}
