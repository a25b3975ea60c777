using System.Globalization;
using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// Reads the body's paragraphs (<see cref="Paragraphs"/>) into sections (I-, II-, …, and parts above them) and numbered
/// tasks. A task is an item of a run numbered 1, 2, 3 … in step; the paragraphs after it up to the next item or section
/// are its sub-paragraphs.
/// </summary>
internal static class BodyReader
{
    /// <summary>Words in a section heading that say its items are the tasks ("Nhiệm vụ, giải pháp", "Nội dung").</summary>
    private static readonly string[] TaskHeadings = ["nhiem vu", "giai phap", "noi dung", "phuong huong"];

    /// <summary>Words that say its items are assignments or requests: tasks too, when no section names them better.</summary>
    private static readonly string[] AssignmentHeadings =
        ["to chuc thuc hien", "phan cong", "cong viec", "bien phap", "de xuat", "kien nghi", "de nghi", "yeu cau"];

    /// <summary>Words that open a section that reviews rather than assigns.</summary>
    private static readonly string[] ReviewHeadings =
        ["danh gia", "ket qua", "tinh hinh", "uu diem", "han che", "muc dich", "boi canh", "thuc trang"];

    /// <summary>How the closing paragraph after the last task opens ("Văn phòng Tỉnh uỷ xin thông báo …").</summary>
    private static readonly string[] ClosingOpenings = ["tren day la", "nhan duoc", "noi nhan"];

    private static readonly string[] ClosingPhrases = ["xin thong bao", "thong bao de", "co hieu luc", "trong qua trinh thuc hien"];

    public static void Read(SourceText source, int startLine, int endLine, DocumentDraft draft)
    {
        var paragraphs = Paragraphs.Split(source, startLine, endLine);
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
            if (char.IsUpper(text[start]) && SectionNumbers.PartPrefix(source.Folded[start..lineEnd], out var part, out var partLength) && part == nextPart)
            {
                // "Phần I", "PHẦN THỨ HAI": a level above the Roman sections, whose numbering starts again in each part.
                AddSection(draft, sectionHeadings, $"Phần {SectionNumbers.Roman(part)}", ParagraphText(source, paragraph, start + partLength, builder));
                nextPart++;
                nextSection = 1;
                run = null;
                item = null;
                continue;
            }

            if (char.IsUpper(text[start]) && SectionNumbers.SectionPrefix(source.Folded[start..lineEnd], out var numeralLength, out var prefixLength)
                && SectionNumbers.RomanValue(source.Folded.Slice(start, numeralLength)) == nextSection)
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
    /// Which numbered run holds the tasks: the one in the section whose heading speaks most of tasks ("Một số nhiệm vụ
    /// …", "Nội dung" before "Tổ chức thực hiện"), not of a review ("Đánh giá tình hình thực hiện nhiệm vụ …"), the first
    /// on a tie; else, with no sections, the longest run; else the last run, since assignments come after the review.
    /// </summary>
    private static Run? Choose(List<Run> runs, List<string> sectionHeadings)
    {
        if (runs.Count == 0)
        {
            return null;
        }

        Run? best = null;
        var bestScore = 0;
        foreach (var run in runs)
        {
            var score = run.Section >= 0 ? Score(sectionHeadings[run.Section]) : 0;
            if (score > bestScore)
            {
                (best, bestScore) = (run, score);
            }
        }

        if (best is not null)
        {
            return best;
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
            score += heading.Contains(word, StringComparison.Ordinal) ? 2 : 0;
        }

        foreach (var word in AssignmentHeadings)
        {
            score += heading.Contains(word, StringComparison.Ordinal) ? 1 : 0;
        }

        foreach (var word in ReviewHeadings)
        {
            score -= DocumentText.StartsWithWords(heading, 0, heading.Length, word) ? 3 : 0;
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

            Paragraphs.AppendText(source, item.Paragraphs[index], index == 0 ? item.TextStart : -1, builder);
        }

        return builder.ToString();
    }

    private static string ParagraphText(SourceText source, Paragraph paragraph, int from, StringBuilder builder)
    {
        builder.Clear();
        Paragraphs.AppendText(source, paragraph, from, builder);
        return builder.ToString();
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
