using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DangVu.Data.Documents;

/// <summary>
/// Writes a plain party-format document (A4; margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman
/// 14 pt) paragraph by paragraph and table by table, for reports and minutes DangVu produces.
/// </summary>
public sealed class DocxWriter
{
    private const int TwipsPerMillimetre = 57; // 1 mm ≈ 56.7 twips
    private readonly Body _body = new();

    /// <summary>Two columns side by side with no borders: the issuer on the left, the national motto on the right.</summary>
    public DocxWriter Header(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var table = new WTable(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        var row = new TableRow();
        foreach (var lines in new[] { left, right })
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
            foreach (var (line, index) in lines.Select((l, i) => (l, i)))
            {
                cell.Append(Line(line, bold: index == 0, centered: true, size: 13));
            }

            row.Append(cell);
        }

        table.Append(row);
        _body.Append(table);
        return this;
    }

    public DocxWriter Title(string text) => Add(Line(text, bold: true, centered: true, size: 15));

    public DocxWriter Centered(string text, bool italic = false) => Add(Line(text, centered: true, italic: italic));

    public DocxWriter Heading(string text) => Add(Line(text, bold: true));

    public DocxWriter Paragraph(string text) => Add(Line(text));

    /// <summary>A bordered table: the header row in bold, then the rows.</summary>
    public DocxWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new WTable(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border));
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        _body.Append(table);
        return this;
    }

    /// <summary>The document as a .docx file's bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = (Body)_body.CloneNode(true);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin
                {
                    Top = 20 * TwipsPerMillimetre,
                    Bottom = 20 * TwipsPerMillimetre,
                    Left = (uint)(30 * TwipsPerMillimetre),
                    Right = (uint)(15 * TwipsPerMillimetre),
                    Header = 720,
                    Footer = 720,
                    Gutter = 0,
                }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private DocxWriter Add(WParagraph paragraph)
    {
        _body.Append(paragraph);
        return this;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold)
    {
        var row = new TableRow();
        foreach (var text in cells)
        {
            row.Append(new TableCell(Line(text, bold: bold, size: 13)));
        }

        return row;
    }

    private static WParagraph Line(string text, bool bold = false, bool centered = false, bool italic = false, int size = 14)
    {
        var properties = new RunProperties(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
            new FontSize { Val = (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        var paragraph = new WParagraph();
        if (centered)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        paragraph.Append(new Run(properties, new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
