using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DangVu.Data.Documents;

/// <summary>
/// The text of a .docx laid out as a text file would be: one line per paragraph, with automatic numbering written
/// out ("1-", "II.", bullets as "-"), and tables — where party documents keep their header and signature blocks —
/// as columns padded with spaces, so the two-column header and footer read the same as in the seed text.
/// </summary>
public static class DocxText
{
    /// <summary>Blanks between two table columns: more than the parser's column gap.</summary>
    private const int ColumnGap = 6;

    /// <summary>Reads the main document part of a DOCX package.</summary>
    /// <exception cref="DocumentFileException">The stream is not a readable DOCX.</exception>
    public static string Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw Unreadable();
            var lines = new List<string>();
            var numbering = new NumberingRenderer(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
            AppendBlocks(body.ChildElements, numbering, lines);
            return string.Join('\n', lines);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or System.Xml.XmlException)
        {
            throw Unreadable(exception);
        }
    }

    /// <summary>True when a ZIP package holds a Word document part (a .docx saved under another name).</summary>
    internal static bool LooksLikeWord(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return archive.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static DocumentFileException Unreadable(Exception? inner = null) =>
        new("Không đọc được tệp Word: tệp hỏng hoặc không phải .docx. Hãy mở bằng Word hoặc LibreOffice, lưu lại dạng .docx rồi thử lại.",
            inner ?? new InvalidDataException());

    private static void AppendBlocks(OpenXmlElementList elements, NumberingRenderer numbering, List<string> lines)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AppendParagraph(paragraph, numbering, lines);
                    break;
                case Table table:
                    AppendTable(table, numbering, lines);
                    break;
                case SdtBlock block when block.SdtContentBlock is { } content:
                    AppendBlocks(content.ChildElements, numbering, lines);
                    break;
                case CustomXmlBlock custom:
                    AppendBlocks(custom.ChildElements, numbering, lines);
                    break;
            }
        }
    }

    private static void AppendParagraph(Paragraph paragraph, NumberingRenderer numbering, List<string> lines)
    {
        var text = new StringBuilder(numbering.Prefix(paragraph));
        var boxes = new List<string>();
        AppendRuns(paragraph, text, boxes, numbering);
        lines.AddRange(text.ToString().Split('\n'));
        lines.AddRange(boxes);
    }

    /// <summary>The text of a paragraph's runs in order; text boxes go after it as lines of their own.</summary>
    private static void AppendRuns(OpenXmlElement element, StringBuilder text, List<string> boxes, NumberingRenderer numbering)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text run:
                    text.Append(run.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case TextBoxContent box:
                    var inner = new List<string>();
                    AppendBlocks(box.ChildElements, numbering, inner);
                    boxes.AddRange(inner);
                    break;
                case AlternateContentFallback or DeletedRun or FieldCode or ParagraphProperties or RunProperties:
                    // The fallback repeats the choice (text boxes in VML); deleted text and field codes are not shown.
                    break;
                default:
                    AppendRuns(child, text, boxes, numbering);
                    break;
            }
        }
    }

    private static void AppendTable(Table table, NumberingRenderer numbering, List<string> lines)
    {
        var rows = new List<List<List<string>>>();
        var widths = new List<int>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<List<string>>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var cellLines = new List<string>();
                AppendBlocks(cell.ChildElements, numbering, cellLines);
                cells.Add(cellLines);
                if (widths.Count < cells.Count)
                {
                    widths.Add(0);
                }

                widths[cells.Count - 1] = Math.Max(widths[cells.Count - 1], cellLines.Count == 0 ? 0 : cellLines.Max(line => line.Length));
            }

            rows.Add(cells);
        }

        foreach (var cells in rows)
        {
            var height = cells.Count == 0 ? 0 : cells.Max(cell => cell.Count);
            for (var index = 0; index < height; index++)
            {
                var line = new StringBuilder();
                for (var column = 0; column < cells.Count; column++)
                {
                    var part = index < cells[column].Count ? cells[column][index] : string.Empty;
                    if (column < cells.Count - 1)
                    {
                        line.Append(part.PadRight(widths[column] + ColumnGap));
                    }
                    else
                    {
                        line.Append(part);
                    }
                }

                lines.Add(line.ToString().TrimEnd());
            }
        }
    }
}
