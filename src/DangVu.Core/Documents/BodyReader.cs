using System.Globalization;
using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// Reads the body into paragraphs, sections (I-, II-, …) and numbered tasks. A paragraph is lines up to a blank
/// line, a line that starts a list item, or a line that ends a sentence — so the ragged lines of text taken from a
/// PDF join up again. A task is an item of a run numbered 1, 2, 3 … in step; the paragraphs after it up to the
/// next item or section are its sub-paragraphs.
/// </summary>
internal static class BodyReader
{
    /// <summary>Words in a section heading that say its items are tasks.</summary>
    private static readonly string[] TaskHeadings =
    [
        "nhiem vu", "giai phap", "phuong huong", "kien nghi", "de xuat", "to chuc thuc hien", "phan cong", "de nghi",
        "cong viec", "yeu cau",
    ];

    /// <summary>Words that open a section that reviews rather than assigns.</summary>
    private static readonly string[] ReviewHeadings =
    [
        "danh gia", "ket qua", "tinh hinh", "uu diem", "han che", "muc dich", "boi canh", "thuc trang", "nhung",
    ];

    /// <summary>How the closing paragraph after the last task opens ("Văn phòng Tỉnh uỷ xin thông báo …").</summary>
    private static readonly string[] ClosingOpenings = ["tren day la", "nhan duoc", "noi nhan"];

    private static readonly string[] ClosingPhrases = ["xin thong bao", "thong bao de", "co hieu luc", "trong qua trinh thuc hien"];

    public static void Read(SourceText source, int startLine, int endLine, DocumentDraft draft)
    {
        var paragraphs = Split(source, startLine, endLine);
        var builder = DocumentText.Rent();
        var runs = new List<Run>();
        var sectionHeadings = new List<string>();
        Run? run = null;
        Item? item = null;
        var nextSection = 1;
        var nextPart = 1;
        var text = source.Text;
        foreach (var paragraph in paragraphs)
        {
            var start = source.Lines[paragraph.FirstLine].ContentStart;
            var lineEnd = source.Lines[paragraph.FirstLine].ContentEnd;
            if (char.IsUpper(text[start]) && PartPrefix(source.Folded[start..lineEnd], out var part, out var partLength) && part == nextPart)
            {
                // "Phần I", "PHẦN THỨ HAI": a level above the Roman sections, whose numbering starts again in each part.
                AddSection(draft, sectionHeadings, $"Phần {Roman(part)}", ParagraphText(source, paragraph, start + partLength, builder));
                nextPart++;
                nextSection = 1;
                run = null;
                item = null;
                continue;
            }

            if (char.IsUpper(text[start]) && SectionPrefix(source.Folded[start..lineEnd], out var numeralLength, out var prefixLength)
                && RomanValue(source.Folded.Slice(start, numeralLength)) == nextSection)
            {
                var numeral = text.Substring(start, numeralLength).ToUpperInvariant();
                AddSection(draft, sectionHeadings, numeral, ParagraphText(source, paragraph, start + prefixLength, builder));
                nextSection++;
                run = null;
                item = null;
                continue;
            }

            if (char.IsDigit(text[start]) && DocumentPatterns.TaskNumber().Match(text, start) is { Success: true } task && task.Index == start)
            {
                var number = int.Parse(task.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
                if (number == 1 || (run is not null && number == run.Items[^1].Number + 1))
                {
                    if (number == 1)
                    {
                        run = new Run(sectionHeadings.Count - 1);
                        runs.Add(run);
                    }

                    item = new Item(number, task.Index + task.Length);
                    item.Paragraphs.Add(paragraph);
                    run!.Items.Add(item);
                    continue;
                }
            }

            item?.Paragraphs.Add(paragraph);
        }

        if (Choose(runs, sectionHeadings) is { } chosen)
        {
            DropClosing(source, chosen.Items[^1]);
            foreach (var task in chosen.Items)
            {
                draft.Tasks.Add(new ParsedTask(task.Number, ItemText(source, task, builder)));
            }
        }

        DocumentText.Return(builder);
    }

    private static void AddSection(DocumentDraft draft, List<string> headings, string number, string heading)
    {
        heading = heading.TrimEnd(':', ' ', '.');
        draft.Sections.Add(new ParsedSection(number, heading));
        headings.Add(Folding.Fold(heading.Length > 120 ? heading[..120] : heading));
    }

    /// <summary>
    /// Which numbered run holds the tasks: the first in a section whose heading speaks of tasks ("Một số nhiệm vụ …"),
    /// not of a review ("Đánh giá tình hình thực hiện nhiệm vụ …"); else, with no sections, the longest run; else the
    /// last run, since assignments come after the review.
    /// </summary>
    private static Run? Choose(List<Run> runs, List<string> sectionHeadings)
    {
        if (runs.Count == 0)
        {
            return null;
        }

        foreach (var run in runs)
        {
            if (run.Section >= 0 && Score(sectionHeadings[run.Section]) > 0)
            {
                return run;
            }
        }

        if (sectionHeadings.Count == 0)
        {
            var longest = runs[0];
            foreach (var run in runs)
            {
                if (run.Items.Count > longest.Items.Count)
                {
                    longest = run;
                }
            }

            return longest;
        }

        return runs[^1];
    }

    private static int Score(string heading)
    {
        var score = 0;
        foreach (var word in TaskHeadings)
        {
            if (heading.Contains(word, StringComparison.Ordinal))
            {
                score += 2;
            }
        }

        foreach (var word in ReviewHeadings)
        {
            if (DocumentText.StartsWithWords(heading, 0, heading.Length, word))
            {
                score -= 3;
            }
        }

        return score;
    }

    /// <summary>
    /// The body's closing paragraph ("… để … biết và triển khai thực hiện./.") follows the last task; it is not
    /// part of it. It is recognised by the end mark "./." or its usual openings, never as a task's first paragraph.
    /// </summary>
    private static void DropClosing(SourceText source, Item item)
    {
        for (var index = 1; index < item.Paragraphs.Count; index++)
        {
            var paragraph = item.Paragraphs[index];
            var first = source.Lines[paragraph.FirstLine];
            var last = source.Lines[paragraph.LastLine];
            if (EndsWithEndMark(source.Text, last) || OpensClosing(source.Folded, first, last))
            {
                item.Paragraphs.RemoveRange(index, item.Paragraphs.Count - index);
                return;
            }
        }
    }

    private static bool EndsWithEndMark(string text, TextLine line) =>
        line.ContentLength >= 3 && text.AsSpan(line.ContentEnd - 3, 3).SequenceEqual("./.");

    private static bool OpensClosing(ReadOnlySpan<char> folded, TextLine first, TextLine last)
    {
        foreach (var opening in ClosingOpenings)
        {
            if (DocumentText.StartsWithWords(folded, first.ContentStart, first.ContentEnd, opening))
            {
                return true;
            }
        }

        var span = folded[first.ContentStart..last.ContentEnd];
        foreach (var phrase in ClosingPhrases)
        {
            if (span.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string ItemText(SourceText source, Item item, StringBuilder builder)
    {
        builder.Clear();
        for (var index = 0; index < item.Paragraphs.Count; index++)
        {
            if (index > 0)
            {
                builder.Append('\n');
            }

            AppendParagraph(source, item.Paragraphs[index], index == 0 ? item.TextStart : -1, builder);
        }

        return builder.ToString();
    }

    private static string ParagraphText(SourceText source, Paragraph paragraph, int from, StringBuilder builder)
    {
        builder.Clear();
        AppendParagraph(source, paragraph, from, builder);
        return builder.ToString();
    }

    private static void AppendParagraph(SourceText source, Paragraph paragraph, int from, StringBuilder builder)
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
            if (SectionPrefix(source.Folded[start..line.ContentEnd], out _, out _) || PartPrefix(source.Folded[start..line.ContentEnd], out _, out _))
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

    /// <summary>
    /// Whether the folded line starts with a section numeral and its mark ("i- ", "ii. ", "iv) "); how long the
    /// numeral is and where the heading starts.
    /// </summary>
    public static bool SectionPrefix(ReadOnlySpan<char> folded, out int numeralLength, out int prefixLength)
    {
        numeralLength = folded.IndexOfAnyExcept("ivxl");
        prefixLength = 0;
        if (numeralLength is <= 0 or > 7)
        {
            return false;
        }

        var index = numeralLength;
        while (index < folded.Length && folded[index] is ' ' or '\t')
        {
            index++;
        }

        if (index >= folded.Length || folded[index] is not ('-' or '–' or '—' or '.' or ')' or ':'))
        {
            return false;
        }

        index++;
        while (index < folded.Length && folded[index] is ' ' or '\t')
        {
            index++;
        }

        prefixLength = index;
        return true;
    }

    /// <summary>
    /// Whether the folded line opens a part: "phan i", "phan ii:", "phan thu nhat -", "phan thu hai"; its number and where
    /// its heading starts.
    /// </summary>
    public static bool PartPrefix(ReadOnlySpan<char> folded, out int value, out int prefixLength)
    {
        value = 0;
        prefixLength = 0;
        if (!folded.StartsWith("phan ", StringComparison.Ordinal))
        {
            return false;
        }

        var index = 5;
        while (index < folded.Length && folded[index] == ' ')
        {
            index++;
        }

        var rest = folded[index..];
        var length = 0;
        if (rest.StartsWith("thu ", StringComparison.Ordinal))
        {
            foreach (var (word, number) in Ordinals)
            {
                if (rest[4..].StartsWith(word, StringComparison.Ordinal) && (rest.Length == 4 + word.Length || !char.IsLetter(rest[4 + word.Length])))
                {
                    value = number;
                    length = 4 + word.Length;
                    break;
                }
            }
        }
        else
        {
            length = rest.IndexOfAnyExcept("ivxl");
            length = length < 0 ? rest.Length : length;
            value = length is > 0 and <= 7 && (length == rest.Length || !char.IsLetter(rest[length])) ? RomanValue(rest[..length]) : 0;
        }

        if (value == 0)
        {
            return false;
        }

        index += length;
        while (index < folded.Length && folded[index] is ' ' or '\t' or ':' or '.' or '-' or '–' or '—')
        {
            index++;
        }

        prefixLength = index;
        return true;
    }

    private static readonly (string Word, int Number)[] Ordinals =
        [("nhat", 1), ("hai", 2), ("ba", 3), ("tu", 4), ("nam", 5), ("sau", 6), ("bay", 7), ("tam", 8), ("chin", 9), ("muoi", 10)];

    private static string Roman(int value) => value switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        8 => "VIII",
        9 => "IX",
        10 => "X",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The value of a Roman numeral (folded, lower case), or 0 when it is not one.</summary>
    public static int RomanValue(ReadOnlySpan<char> numeral)
    {
        var total = 0;
        var previous = 0;
        for (var index = numeral.Length - 1; index >= 0; index--)
        {
            var value = numeral[index] switch
            {
                'i' => 1,
                'v' => 5,
                'x' => 10,
                'l' => 50,
                _ => 0,
            };
            if (value == 0)
            {
                return 0;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }

    private sealed class Run(int section)
    {
        public int Section { get; } = section;

        public List<Item> Items { get; } = [];
    }

    private sealed class Item(int number, int textStart)
    {
        public int Number { get; } = number;

        public int TextStart { get; } = textStart;

        public List<Paragraph> Paragraphs { get; } = [];
    }
}
