using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// Finds the type heading ("THÔNG BÁO") that ends the header and reads the title (trích yếu) under it: the lines in
/// capitals, and the lines that carry on in lower case ("tại buổi làm việc …", "về …"), up to a rule ("-------") or
/// the first line that reads as the body.
/// </summary>
internal static class TitleReader
{
    private const int HeadingSearchLines = 40;
    private const int MaxTitleLines = 8;

    /// <summary>Words that carry a title on in a line that does not start in lower case ("Về việc …").</summary>
    private static readonly string[] Continuations = ["ve", "v/v", "cua", "tai", "giai doan", "nhiem ky"];

    /// <summary>The line of the type heading, or -1.</summary>
    public static int FindHeading(SourceText source)
    {
        var seen = 0;
        for (var index = 0; index < source.Lines.Length; index++)
        {
            var line = source.Lines[index];
            if (line.IsBlank)
            {
                continue;
            }

            if (++seen > HeadingSearchLines)
            {
                break;
            }

            if (line.ContentLength <= 120
                && DocumentText.IsMostlyUpper(source.Text, line.ContentStart, line.ContentEnd)
                && DocumentTypes.TryHeading(source.Folded, line.ContentStart, line.ContentEnd, out _, out _))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Reads the heading's type and the title; returns the line where the body starts.</summary>
    public static int Read(SourceText source, int headingLine, DocumentDraft draft)
    {
        var text = source.Text;
        var heading = source.Lines[headingLine];
        DocumentTypes.TryHeading(source.Folded, heading.ContentStart, heading.ContentEnd, out var type, out var rest);
        draft.Heading = type;

        var title = new StringBuilder();
        DocumentText.AppendCollapsed(title, text.AsSpan(rest, Math.Max(0, heading.ContentEnd - rest)));
        var titleLines = 0;
        var index = headingLine + 1;
        for (; index < source.Lines.Length; index++)
        {
            var line = source.Lines[index];
            if (line.IsBlank)
            {
                continue;
            }

            if (DocumentText.IsSeparator(text, line.ContentStart, line.ContentEnd))
            {
                index++;
                break;
            }

            if (text[line.ContentStart] == '(' && titleLines > 0)
            {
                // "(Ban hành kèm theo Quyết định số …)" belongs to the title block but is not the title.
                continue;
            }

            if (titleLines >= MaxTitleLines || !IsTitleLine(source, line) || RepeatsIssuer(source, line, draft.Issuer))
            {
                break;
            }

            DocumentText.AppendCollapsed(title, text.AsSpan(line.ContentStart, line.ContentLength));
            titleLines++;
        }

        if (title.Length > 0)
        {
            draft.Title = title.ToString();
        }

        return index;
    }

    /// <summary>A decree names its issuer again above "Căn cứ …" ("CHÍNH PHỦ"); that line opens the body.</summary>
    private static bool RepeatsIssuer(SourceText source, TextLine line, string? issuer) =>
        issuer is not null && line.ContentLength == issuer.Length
        && Folding.Fold(issuer).AsSpan().SequenceEqual(source.Folded.Slice(line.ContentStart, line.ContentLength));

    private static bool IsTitleLine(SourceText source, TextLine line)
    {
        var text = source.Text;
        var folded = source.Folded;
        var first = text[line.ContentStart];
        if (line.ContentLength > 300 || first is '-' or '+' or '•' or '–' or '*' || char.IsDigit(first))
        {
            return false;
        }

        if (char.IsUpper(first) && (SectionNumbers.SectionPrefix(folded[line.ContentStart..line.ContentEnd], out _, out _)
            || SectionNumbers.PartPrefix(folded[line.ContentStart..line.ContentEnd], out _, out _)))
        {
            return false;
        }

        if (DocumentText.StartsWithWords(folded, line.ContentStart, line.ContentEnd, "can cu")
            || DocumentText.StartsWithWords(folded, line.ContentStart, line.ContentEnd, "kinh gui"))
        {
            return false;
        }

        if (DocumentText.IsMostlyUpper(text, line.ContentStart, line.ContentEnd) || char.IsLower(first))
        {
            return true;
        }

        foreach (var start in Continuations)
        {
            if (DocumentText.StartsWithWords(folded, line.ContentStart, line.ContentEnd, start))
            {
                return true;
            }
        }

        return false;
    }
}
