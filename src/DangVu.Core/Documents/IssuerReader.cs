using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// The issuing body and the bodies above it: what is left of the header once the national titles, the date and the
/// symbol are blanked out. A line that starts with a body's head word starts a new body; any other continues the line
/// above ("ĐẢNG UỶ KHỐI CƠ QUAN" + "DÂN CHÍNH ĐẢNG"). The last body is the issuer, the others its parents.
/// </summary>
internal static class IssuerReader
{
    /// <summary>Words that begin the name of a body; a header line beginning otherwise continues the line above.</summary>
    private static readonly string[] BodyHeads =
    [
        "dang bo", "dang uy", "dang doan", "ban", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "chi bo",
        "chi uy", "uy ban", "ubkt", "ubnd", "van phong", "hoi dong", "truong", "bo", "so", "cong an", "quan khu",
        "hoc vien", "cuc", "vien", "toa an", "mat tran", "hoi", "lien doan", "tong cong ty", "cong ty", "benh vien",
        "quoc hoi", "chinh phu", "doan", "tinh doan", "thanh doan", "huyen doan", "trung tam", "tong cuc", "kho bac",
        "ngan hang", "bch", "btv", "bcd", "thuong truc", "dang uy khoi", "chi doan", "hoi dong nhan dan",
    ];

    /// <summary>Marks a header may carry beside the bodies' names: secrecy, urgency, draft.</summary>
    private static readonly string[] Marks =
    [
        "mat", "toi mat", "tuyet mat", "khan", "thuong khan", "hoa toc", "hoa toc hen gio", "ban sao", "sao y",
    ];

    public static void Read(SourceText source, char[] blanked, int lastLine, bool stopAtText, DocumentDraft draft)
    {
        var text = source.Text;
        var folded = source.Folded;
        var cells = new List<TextCell>(4);
        var groups = new List<StringBuilder>();
        for (var lineIndex = 0; lineIndex <= lastLine && lineIndex < source.Lines.Length; lineIndex++)
        {
            var line = source.Lines[lineIndex];
            if (line.IsBlank)
            {
                continue;
            }

            DocumentText.SplitCells(blanked, line, cells);
            foreach (var cell in cells)
            {
                if (DocumentText.IsSeparator(text, cell.Start, cell.End) || DocumentText.CountLetters(text, cell.Start, cell.End) < 2
                    || IsMark(folded, cell.Start, cell.End))
                {
                    continue;
                }

                if (stopAtText && groups.Count > 0 && !DocumentText.IsMostlyUpper(text, cell.Start, cell.End))
                {
                    lineIndex = lastLine;
                    break;
                }

                if (groups.Count == 0 || StartsBody(folded, cell.Start, cell.End))
                {
                    groups.Add(new StringBuilder());
                }

                DocumentText.AppendCollapsed(groups[^1], text.AsSpan(cell.Start, cell.End - cell.Start));
            }
        }

        if (groups.Count == 0)
        {
            draft.Warn(DocumentWarnings.NoIssuer);
            return;
        }

        draft.Issuer = groups[^1].ToString();
        for (var index = 0; index < groups.Count - 1; index++)
        {
            draft.IssuerParents.Add(groups[index].ToString());
        }
    }

    private static bool StartsBody(ReadOnlySpan<char> folded, int start, int end)
    {
        foreach (var head in BodyHeads)
        {
            if (DocumentText.StartsWithWords(folded, start, end, head))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMark(ReadOnlySpan<char> folded, int start, int end)
    {
        while (start < end && folded[start] is '(' or '[')
        {
            start++;
        }

        if (DocumentText.StartsWithWords(folded, start, end, "du thao"))
        {
            return true;
        }

        while (end > start && folded[end - 1] is ')' or ']' or '.' or ':')
        {
            end--;
        }

        foreach (var mark in Marks)
        {
            if (end - start == mark.Length && folded.Slice(start, mark.Length).SequenceEqual(mark))
            {
                return true;
            }
        }

        return false;
    }
}
