using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DangVu.TestCommon.Documents;

/// <summary>
/// Builds a .docx from a party document's text the way an office would type it in Word: the header block (above the
/// type heading) and the footer block (from "Nơi nhận") as borderless two-column tables, body paragraphs one by one,
/// the tasks "1- …" as Word's automatic numbering and the recipients' dashes as automatic bullets — so the numbers and
/// bullets are in the numbering part, not in the text.
/// </summary>
public static partial class DocxFromText
{
    private const int TaskList = 1;
    private const int BulletList = 2;

    public static void Write(string text, string path, string typeHeading)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var heading = Array.FindIndex(lines, line => line.Trim() == typeHeading);
        var footer = Array.FindIndex(lines, line => line.TrimStart().StartsWith("Nơi nhận", StringComparison.Ordinal));

        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        var body = new Body();
        body.Append(Table(lines[..heading]));
        foreach (var line in lines[heading..footer])
        {
            if (line.Trim().Length > 0)
            {
                body.Append(BodyParagraph(line.Trim()));
            }
        }

        body.Append(Table(lines[footer..]));
        main.Document = new Document(body);
    }

    private static Paragraph BodyParagraph(string line)
    {
        var task = TaskNumber().Match(line);
        return task.Success ? Listed(line[task.Length..], TaskList) : Plain(line);
    }

    private static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Listed(string text, int list) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list })),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A borderless table of the block's lines, each cut into columns at runs of three or more spaces.</summary>
    private static Table Table(string[] lines)
    {
        var left = new List<Paragraph>();
        var right = new List<Paragraph>();
        foreach (var line in lines.Where(line => line.Trim().Length > 0))
        {
            var cells = ColumnGap().Split(line.Trim());
            var leading = line.Length - line.TrimStart().Length;
            if (cells.Length == 1 && leading > 40)
            {
                right.Add(Plain(cells[0]));
                continue;
            }

            left.Add(cells[0].StartsWith("- ", StringComparison.Ordinal) ? Listed(cells[0][2..], BulletList) : Plain(cells[0]));
            if (cells.Length > 1)
            {
                right.Add(Plain(string.Join(" ", cells[1..])));
            }
        }

        return new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None })),
            new TableRow(Cell(left), Cell(right)));
    }

    private static TableCell Cell(List<Paragraph> paragraphs) => paragraphs.Count == 0 ? new TableCell(new Paragraph()) : new TableCell(paragraphs);

    private static Numbering Numbering() => new(
        new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1-" }) { LevelIndex = 0 })
        {
            AbstractNumberId = TaskList,
        },
        new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "-" }) { LevelIndex = 0 })
        {
            AbstractNumberId = BulletList,
        },
        new NumberingInstance(new AbstractNumId { Val = TaskList }) { NumberID = TaskList },
        new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList });

    [GeneratedRegex(@"^\d{1,2}- ")]
    private static partial Regex TaskNumber();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex ColumnGap();
}
