using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// Reads the footer: recipients under "Nơi nhận" (bottom left) and the signature block (bottom right: signing
/// authority, the signer's title, a "(đã ký)" note, the signer's name). When the two columns share lines, a cell is
/// on the right when it starts past half the column where the signature block starts; when they do not (PDF or HTML
/// text, one cell per line), each line is told by what it says.
/// </summary>
internal static class FooterReader
{
    private const int TailLines = 40;
    private const int SignatureAbove = 8;
    private const int MaxFooterLine = 240;

    /// <summary>The line where the footer starts ("Nơi nhận", or a signing authority near the end), or -1.</summary>
    public static int FindStart(SourceText source, int fromLine)
    {
        var lines = source.Lines;
        var recipients = FindRecipientsLine(source, fromLine);

        // The signature block sits beside the recipients or just above them; without "Nơi nhận" it ends the text.
        var searchFrom = Back(lines, recipients >= 0 ? recipients : lines.Length, recipients >= 0 ? SignatureAbove : TailLines, fromLine);
        var cells = new List<TextCell>(4);
        for (var index = searchFrom; index < lines.Length && (recipients < 0 || index < recipients); index++)
        {
            var line = lines[index];
            if (line.IsBlank || line.ContentLength > MaxFooterLine)
            {
                continue;
            }

            DocumentText.SplitCells(source.Text, line, cells);
            foreach (var cell in cells)
            {
                if (SignatureReader.IsAuthority(source, cell.Start, cell.End))
                {
                    return index;
                }
            }
        }

        if (recipients >= 0)
        {
            return recipients;
        }

        // No marks: the lines after the body's end mark "./.", if any follow.
        for (var index = lines.Length - 1; index >= searchFrom; index--)
        {
            var line = lines[index];
            if (!line.IsBlank && line.ContentLength >= 3 && source.Text.AsSpan(line.ContentEnd - 3, 3).SequenceEqual("./."))
            {
                return index + 1 < lines.Length ? index + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The line <paramref name="count"/> non-blank lines above <paramref name="line"/>, not above <paramref name="floor"/>.</summary>
    private static int Back(ReadOnlySpan<TextLine> lines, int line, int count, int floor)
    {
        for (var seen = 0; line > floor && seen < count; line--)
        {
            seen += lines[line - 1].IsBlank ? 0 : 1;
        }

        return Math.Max(line, floor);
    }

    private static int FindRecipientsLine(SourceText source, int fromLine)
    {
        var folded = source.Folded;
        var from = source.LineStart(fromLine);
        while (from < folded.Length)
        {
            var found = folded[from..].IndexOf("noi nhan", StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            found += from;

            // Only where a cell starts: the start of the line or after a column gap.
            var before = found - 1;
            var blanks = 0;
            while (before >= 0 && folded[before] is ' ' or '\t')
            {
                blanks += folded[before] == '\t' ? 3 : 1;
                before--;
            }

            if (before < 0 || folded[before] is '\n' or '\r' or '\f' || blanks >= 3)
            {
                return source.LineOf(found);
            }

            from = found + 8;
        }

        return -1;
    }

    public static void Read(SourceText source, int startLine, DocumentDraft draft)
    {
        var lines = source.Lines;
        var text = source.Text;
        var rows = new List<List<TextCell>>();
        for (var index = startLine; index < lines.Length; index++)
        {
            if (lines[index].IsBlank)
            {
                continue;
            }

            var cells = new List<TextCell>(3);
            DocumentText.SplitCells(text, lines[index], cells);
            rows.Add(cells);
        }

        var rightColumn = RightColumn(source, rows);
        var signature = new List<(int Start, int End)>();
        var recipients = new List<StringBuilder>();
        var open = false;
        var marked = false;
        foreach (var cells in rows)
        {
            var recipientOnLine = false;
            foreach (var cell in cells)
            {
                var side = rightColumn is { } column ? (cell.Column * 2 >= column ? Side.Right : Side.Left) : Side.Unknown;
                if (side == Side.Right)
                {
                    signature.Add((cell.Start, cell.End));
                    continue;
                }

                if (DocumentText.StartsWithWords(source.Folded, cell.Start, cell.End, "noi nhan"))
                {
                    marked = true;
                    open = false;
                    var after = cell.Start + 8;
                    while (after < cell.End && text[after] is ':' or ' ' or '\t' or '.')
                    {
                        after++;
                    }

                    if (after < cell.End)
                    {
                        open = AddRecipient(text, after, cell.End, recipients, continuing: false);
                        recipientOnLine = true;
                    }

                    continue;
                }

                switch (Classify(source, cell, side, open, marked, recipientOnLine))
                {
                    case Part.NewRecipient:
                        open = AddRecipient(text, cell.Start, cell.End, recipients, continuing: false);
                        recipientOnLine = true;
                        break;
                    case Part.RecipientContinued:
                        open = AddRecipient(text, cell.Start, cell.End, recipients, continuing: true);
                        recipientOnLine = true;
                        break;
                    default:
                        open = false;
                        signature.Add((cell.Start, cell.End));
                        break;
                }
            }
        }

        foreach (var recipient in recipients)
        {
            var value = recipient.ToString().TrimEnd(';', ',', '.', ' ');
            if (value.Length > 0)
            {
                draft.Recipients.Add(value);
            }
        }

        SignatureReader.Read(source, signature, draft);
    }

    /// <summary>The column where the right-hand block starts, when the footer lays its two blocks side by side.</summary>
    private static int? RightColumn(SourceText source, List<List<TextCell>> rows)
    {
        var columns = new List<int>();
        foreach (var cells in rows)
        {
            for (var index = 1; index < cells.Count; index++)
            {
                if (SignatureReader.IsAuthority(source, cells[index].Start, cells[index].End))
                {
                    return cells[index].Column;
                }
            }

            if (cells.Count > 1)
            {
                columns.Add(cells[^1].Column);
            }
        }

        if (columns.Count > 0)
        {
            columns.Sort();
            return columns[columns.Count / 2];
        }

        // One cell per line, the signature block indented far to the right of the recipients.
        var minimum = int.MaxValue;
        var far = int.MaxValue;
        foreach (var cells in rows)
        {
            minimum = Math.Min(minimum, cells[0].Column);
            if (cells[0].Column >= 20)
            {
                far = Math.Min(far, cells[0].Column);
            }
        }

        return minimum <= 8 && far != int.MaxValue ? far : null;
    }

    /// <summary>
    /// What a cell that is not in the right-hand block is: a recipient ("- Thường trực Tỉnh uỷ;", or the rest of one
    /// that did not end), or part of the signature (an authority, a note, a title in capitals, a name) when the
    /// columns could not be told apart or a word processor's tabs put the name under the recipients.
    /// </summary>
    private static Part Classify(SourceText source, TextCell cell, Side side, bool open, bool marked, bool recipientOnLine)
    {
        var text = source.Text;
        if (SignatureReader.IsAuthority(source, cell.Start, cell.End))
        {
            return Part.Signature;
        }

        if (IsBullet(text[cell.Start]))
        {
            return Part.NewRecipient;
        }

        if (recipientOnLine && open)
        {
            return Part.RecipientContinued;
        }

        if (SignatureReader.IsNote(source, cell.Start, cell.End))
        {
            return Part.Signature;
        }

        var signatureLike = SignatureReader.IsName(text, cell.Start, cell.End) || DocumentText.IsMostlyUpper(text, cell.Start, cell.End);
        if (signatureLike)
        {
            return Part.Signature;
        }

        if (open)
        {
            return Part.RecipientContinued;
        }

        return side == Side.Left || marked ? Part.NewRecipient : Part.Signature;
    }

    /// <summary>Adds recipient text; returns whether the recipient may continue on the next line (it did not end with ; or .).</summary>
    private static bool AddRecipient(string text, int start, int end, List<StringBuilder> recipients, bool continuing)
    {
        var bullet = IsBullet(text[start]);
        if (bullet)
        {
            start++;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (bullet || !continuing || recipients.Count == 0)
        {
            recipients.Add(new StringBuilder());
        }

        if (start < end)
        {
            DocumentText.AppendCollapsed(recipients[^1], text.AsSpan(start, end - start));
        }

        return start < end && !DocumentText.EndsSentence(text, start, end) && text[end - 1] != ',';
    }

    private static bool IsBullet(char character) => character is '-' or '+' or '•' or '–' or '*' or '·' or '▪';

    private enum Part
    {
        Signature,
        NewRecipient,
        RecipientContinued,
    }

    private enum Side
    {
        Unknown,
        Left,
        Right,
    }
}
