using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DangVu.Data.Spreadsheets;

/// <summary>
/// The first worksheet of an XLSX workbook, read with the Open XML SDK's forward-only reader: rows are loaded one
/// at a time; only the shared-string table (each distinct text once) is held whole, as the format requires.
/// </summary>
internal sealed class XlsxSheetReader : ISheetReader
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings;
    private readonly int? _lastRow;

    public XlsxSheetReader(Stream stream)
    {
        try
        {
            _document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = _document.WorkbookPart ?? throw Unreadable();
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Unreadable();
            var worksheet = (WorksheetPart)workbook.GetPartById(first.Id?.Value ?? throw Unreadable());
            _sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
            _reader = OpenXmlReader.Create(worksheet);
            _lastRow = DeclaredLastRow(worksheet);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or System.Xml.XmlException)
        {
            throw Unreadable();
        }
    }

    public int RowNumber { get; private set; }

    public double? Progress => _lastRow is > 0 ? Math.Min(1, (double)RowNumber / _lastRow.Value) : null;

    public IReadOnlyList<string>? ReadRow()
    {
        try
        {
            while (_reader.Read())
            {
                if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)_reader.LoadCurrentElement()!;
                RowNumber = row.RowIndex?.Value is { } index ? (int)index : RowNumber + 1;
                var cells = Cells(row);
                if (!SheetReader.IsBlank(cells))
                {
                    return cells;
                }
            }

            return null;
        }
        catch (System.Xml.XmlException)
        {
            throw Unreadable();
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private static SpreadsheetException Unreadable() =>
        new("Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi thử lại.");

    private List<string> Cells(Row row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            while (cells.Count < column)
            {
                cells.Add(string.Empty);
            }

            cells.Add(Text(cell));
        }

        return cells;
    }

    private string Text(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                ? _sharedStrings[index]
                : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw;
    }

    /// <summary>"C7" → 2: letters of the reference, base 26.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var character in reference)
        {
            if (!char.IsAsciiLetter(character))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(character) - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }

    /// <summary>The last row the sheet's own dimension declares ("A1:T100001"), read without loading the sheet.</summary>
    private static int? DeclaredLastRow(WorksheetPart worksheet)
    {
        using var probe = OpenXmlReader.Create(worksheet);
        while (probe.Read())
        {
            if (probe.ElementType == typeof(SheetData))
            {
                return null;
            }

            if (probe.ElementType == typeof(SheetDimension) && probe.IsStartElement)
            {
                var reference = ((SheetDimension)probe.LoadCurrentElement()!).Reference?.Value ?? string.Empty;
                var digits = new string(reference[(reference.LastIndexOf(':') + 1)..].Where(char.IsAsciiDigit).ToArray());
                return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : null;
            }
        }

        return null;
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()?.InnerText ?? string.Empty);
            }
        }

        return strings;
    }
}
