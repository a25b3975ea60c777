using System.Globalization;
using DangVu.Core.DocumentWriting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// Writes a <see cref="DocumentLayout"/> as a .docx: A4 with the party margins, Times New Roman, the header and the
/// footer as borderless two-column tables (as offices type them in Word), the rest as paragraphs.
/// </summary>
public static class DocxDocumentWriter
{
    /// <summary>The font Word is asked for; the format prescribes Times New Roman (Unicode, TCVN 6909).</summary>
    public const string FontName = "Times New Roman";

    private const double TwipsPerMillimetre = 1440 / 25.4;

    public static byte[] Write(DocumentLayout layout, string title)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            var textWidth = Twips(layout.Page.TextWidthMm);
            body.Append(Columns(layout.Header, textWidth));
            body.Append(layout.Heading.Select(Paragraph));
            body.Append(layout.Body.Select(Paragraph));
            body.Append(Columns([layout.Footer], textWidth));
            body.Append(Section(layout.Page));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Styles Styles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
            new FontSize { Val = "28" },
            new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

    private static SectionProperties Section(PageSetup page) => new(
        new PageSize { Width = (UInt32Value)(uint)Twips(page.WidthMm), Height = (UInt32Value)(uint)Twips(page.HeightMm) },
        new PageMargin
        {
            Top = Twips(page.TopMm),
            Bottom = Twips(page.BottomMm),
            Left = (UInt32Value)(uint)Twips(page.LeftMm),
            Right = (UInt32Value)(uint)Twips(page.RightMm),
            Header = 720,
            Footer = 720,
            Gutter = 0,
        });

    /// <summary>One borderless table, a row for each pair of columns; a row is not split over two pages.</summary>
    private static Table Columns(IEnumerable<LayoutColumns> rows, int textWidth)
    {
        var table = new Table();
        var list = rows.ToList();
        var left = (int)Math.Round(textWidth * list[0].LeftShare);
        var right = textWidth - left;
        table.Append(new TableProperties(
            new TableWidth { Width = Number(textWidth), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }),
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(new GridColumn { Width = Number(left) }, new GridColumn { Width = Number(right) }));
        foreach (var row in list)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(row.Left, left),
                Cell(row.Right, right)));
        }

        return table;
    }

    private static TableCell Cell(IReadOnlyList<LayoutParagraph> paragraphs, int width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Number(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs.Count == 0 ? [new Paragraph()] : paragraphs.Select(Paragraph));
        return cell;
    }

    private static Paragraph Paragraph(LayoutParagraph layout)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = Number((int)Math.Round(layout.SpaceAfterPt * 20)) },
            new Indentation { FirstLine = Number(Twips(layout.FirstLineIndentMm)) },
            new Justification { Val = Alignment(layout.Alignment) },
            new ParagraphMarkRunProperties(RunProperties(layout.Style).ChildElements.Select(child => child.CloneNode(true))));
        var paragraph = new Paragraph(properties);
        if (layout.Text.Length > 0)
        {
            paragraph.Append(new Run(RunProperties(layout.Style), new WordText(layout.Text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static RunProperties RunProperties(TextStyle style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Append(new Bold());
        }

        if (style.Italic)
        {
            properties.Append(new Italic());
        }

        if (style.Underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }

        properties.Append(new FontSize { Val = Number((int)Math.Round(style.Size * 2)) });
        return properties;
    }

    private static JustificationValues Alignment(LineAlignment alignment) => alignment switch
    {
        LineAlignment.Center => JustificationValues.Center,
        LineAlignment.Right => JustificationValues.Right,
        LineAlignment.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    private static int Twips(double millimetres) => (int)Math.Round(millimetres * TwipsPerMillimetre);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
