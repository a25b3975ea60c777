using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DangVu.Data.Meetings;

/// <summary>
/// The few Word building blocks the minutes need, in the party format of documents (Quy định 66-QĐ/TW, Hướng dẫn
/// 36-HD/VPTW): A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman 14, justified body.
/// </summary>
internal static class MinutesDocx
{
    private const int FontHalfPoints = 28;
    private const int TwipsPerMillimetre = 567; // ×10: 56.7 twips a millimetre

    public static WordprocessingDocument Create(Stream stream, out Body body)
    {
        var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = FontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "288", LineRule = LineSpacingRuleValues.Auto }))));
        body = new Body();
        main.Document = new Document(body);
        return document;
    }

    /// <summary>Closes the body with the A4 page and its margins (the section properties come last).</summary>
    public static void FinishPage(Body body) => body.Append(new SectionProperties(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = Millimetres(20), Bottom = Millimetres(20), Left = (uint)Millimetres(30), Right = (uint)Millimetres(15), Header = 709U, Footer = 709U, Gutter = 0U }));

    public static Paragraph Paragraph(string text, JustificationValues? justify = null, bool bold = false, bool italic = false, bool underline = false, int? halfPoints = null, int firstLineIndentMm = 0) =>
        Paragraph([(text, bold)], justify, italic, underline, halfPoints, firstLineIndentMm);

    /// <summary>A paragraph of runs, each bold or not ("Chủ trì:" bold, the name plain).</summary>
    public static Paragraph Paragraph(IEnumerable<(string Text, bool Bold)> runs, JustificationValues? justify = null, bool italic = false, bool underline = false, int? halfPoints = null, int firstLineIndentMm = 0)
    {
        var properties = new ParagraphProperties(new Justification { Val = justify ?? JustificationValues.Both });
        if (firstLineIndentMm > 0)
        {
            properties.Append(new Indentation { FirstLine = Millimetres(firstLineIndentMm).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var paragraph = new Paragraph(properties);
        foreach (var (text, bold) in runs)
        {
            var run = new RunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            if (underline)
            {
                run.Append(new Underline { Val = UnderlineValues.Single });
            }

            if (halfPoints is { } size)
            {
                run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            paragraph.Append(new Run(run, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>A borderless table of two columns (the header blocks, the signatures), each cell a list of centred paragraphs.</summary>
    public static Table TwoColumns(IReadOnlyList<Paragraph> left, IReadOnlyList<Paragraph> right)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, none, new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(new GridColumn { Width = "4400" }, new GridColumn { Width = "4800" }));
        table.Append(new TableRow(Cell(left, "4400"), Cell(right, "4800")));
        return table;
    }

    private static TableCell Cell(IReadOnlyList<Paragraph> paragraphs, string width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs.Count > 0 ? paragraphs : [Paragraph(string.Empty)]);
        return cell;
    }

    private static int Millimetres(int millimetres) => millimetres * TwipsPerMillimetre / 10;
}
