using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace DangVu.Data.Documents;

/// <summary>
/// The text layer of a PDF (PdfPig) laid out as a text file would be: the words of each page grouped into lines by
/// their baseline, left to right, with one blank between words of a sentence and a run of blanks where the page
/// leaves a wide gap (two columns: "Nơi nhận:" left, "T/L BAN THƯỜNG VỤ" right), a blank line where the page leaves a
/// taller gap than a line's, and a blank line between pages. The parser then reads it as the ragged text it is.
/// </summary>
public static class PdfText
{
    /// <summary>A gap wider than this many average characters separates columns rather than words.</summary>
    private const double ColumnGap = 2.5;

    /// <summary>Blanks written at least for a column gap: more than the parser's three.</summary>
    private const int MinColumnBlanks = 4;

    /// <summary>No line is indented past this column, whatever the page's width.</summary>
    private const int MaxColumn = 200;

    /// <summary>Reads the text layer of a PDF.</summary>
    /// <exception cref="DocumentFileException">The file is not a readable PDF, is encrypted, or has no text layer.</exception>
    public static string Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var document = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords().Where(word => !string.IsNullOrWhiteSpace(word.Text)).ToList();
                letters += words.Sum(word => word.Letters.Count);
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                AppendPage(words, text);
            }

            return letters > 0
                ? text.ToString()
                : throw new DocumentFileException(
                    $"Tệp PDF {fileName} không có lớp chữ (có lẽ là bản chụp hoặc bản quét): DangVu chưa nhận dạng chữ trên ảnh. " +
                    "Hãy tải lên bản .docx hoặc .txt, hoặc bản PDF xuất từ Word.");
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new DocumentFileException($"Tệp PDF {fileName} có mật khẩu: hãy bỏ mật khẩu rồi tải lên lại.", exception);
        }
#pragma warning disable CA1031 // PdfPig documents no exception contract; a malformed upload must cost a message, not an error page.
        catch (Exception exception) when (exception is not (DocumentFileException or OutOfMemoryException or OperationCanceledException))
#pragma warning restore CA1031
        {
            throw new DocumentFileException(
                $"Không đọc được tệp PDF {fileName}: tệp hỏng hoặc không phải PDF. Hãy mở lại bằng trình đọc PDF, lưu lại rồi thử lại.", exception);
        }
    }

    private static void AppendPage(List<Word> words, StringBuilder text)
    {
        if (words.Count == 0)
        {
            return;
        }

        var charWidth = words.Average(word => word.BoundingBox.Width / Math.Max(1, word.Text.Length));
        var left = words.Min(word => word.BoundingBox.Left);
        double? previousBaseline = null;
        double lineHeight = 0;
        foreach (var line in Lines(words))
        {
            var baseline = line[0].BoundingBox.Bottom;
            var height = line.Max(word => word.BoundingBox.Height);
            if (previousBaseline is { } above)
            {
                text.Append('\n');
                if (above - baseline > 1.8 * Math.Max(lineHeight, height))
                {
                    text.Append('\n');
                }
            }

            AppendLine(line, left, charWidth, text);
            previousBaseline = baseline;
            lineHeight = height;
        }
    }

    /// <summary>Words whose baselines lie within half a word's height form one line; lines top to bottom.</summary>
    private static List<List<Word>> Lines(List<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(word => word.BoundingBox.Bottom).ThenBy(word => word.BoundingBox.Left))
        {
            var tolerance = Math.Max(1, word.BoundingBox.Height / 2);
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance)
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }

        return lines;
    }

    /// <summary>
    /// Words of a sentence get one blank; a wide gap pads to the column the word stands at on the page (as a text file
    /// laid out with spaces would), at least <see cref="MinColumnBlanks"/> blanks, so cells line up down the page.
    /// </summary>
    private static void AppendLine(List<Word> line, double pageLeft, double charWidth, StringBuilder text)
    {
        var lineStart = text.Length;
        for (var index = 0; index < line.Count; index++)
        {
            var column = (int)Math.Round((line[index].BoundingBox.Left - pageLeft) / Math.Max(charWidth, 0.1));
            var written = text.Length - lineStart;
            if (index == 0)
            {
                text.Append(' ', Math.Clamp(column, 0, MaxColumn));
            }
            else if (line[index].BoundingBox.Left - line[index - 1].BoundingBox.Right > ColumnGap * charWidth)
            {
                text.Append(' ', Math.Max(MinColumnBlanks, Math.Min(column, MaxColumn) - written));
            }
            else
            {
                text.Append(' ');
            }

            text.Append(line[index].Text);
        }
    }
}
