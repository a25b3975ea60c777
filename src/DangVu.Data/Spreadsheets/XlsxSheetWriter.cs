using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DangVu.Data.Spreadsheets;

/// <summary>
/// XLSX written with the Open XML SDK's forward-only writer (inline strings, no shared-string table), so an export of a
/// whole province streams instead of building the workbook in memory. Header row bold and frozen; dates are real dates.
/// </summary>
internal sealed class XlsxSheetWriter : ISheetWriter
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly Sheets _sheets = new();
    private OpenXmlWriter? _writer;
    private uint _rowIndex;

    public XlsxSheetWriter(Stream output)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        _workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
    }

    public void StartSheet(string name, IReadOnlyList<SheetColumn> columns)
    {
        EndSheet();
        var part = _workbook.AddNewPart<WorksheetPart>();
        _sheets.Append(new Sheet { Id = _workbook.GetIdOfPart(part), SheetId = (uint)_sheets.ChildElements.Count + 1, Name = SheetName(name) });
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        _writer.WriteElement(new Columns(columns.Select((column, index) => new Column
        {
            Min = (uint)index + 1,
            Max = (uint)index + 1,
            Width = column.Width,
            CustomWidth = true,
        })));
        _writer.WriteStartElement(new SheetData());
        _rowIndex = 0;
        WriteCells(columns.Select(column => (object?)column.Header).ToList(), HeaderStyle);
    }

    public void WriteRow(IReadOnlyList<object?> cells) => WriteCells(cells, style: null);

    public void Dispose()
    {
        EndSheet();
        _workbook.Workbook = new Workbook(_sheets);
        _document.Dispose();
    }

    private void WriteCells(IReadOnlyList<object?> cells, uint? style)
    {
        var writer = _writer ?? throw new InvalidOperationException("StartSheet first.");
        _rowIndex++;
        writer.WriteStartElement(new Row { RowIndex = _rowIndex });
        foreach (var value in cells)
        {
            var cell = value switch
            {
                null => new Cell(),
                DateOnly date => new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { StyleIndex = DateStyle },
                bool flag => new Cell(new CellValue(flag ? "1" : "0")) { DataType = CellValues.Boolean },
                int or long or decimal or double => new Cell(new CellValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture))),
                _ => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString() ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
            };
            if (style is { } header)
            {
                cell.StyleIndex = header;
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private void EndSheet()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.WriteEndElement(); // SheetData
        _writer.WriteEndElement(); // Worksheet
        _writer.Close();
        _writer.Dispose();
        _writer = null;
    }

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray()).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true })
        { Count = 3 });
}
