using System.Globalization;
using CsvHelper;
using DangVu.Core.Text;

namespace DangVu.Data.Spreadsheets;

/// <summary>
/// UTF-8 with a BOM, so Excel opens Vietnamese text correctly; only the first sheet is written. Text that a
/// spreadsheet would run as a formula (=, +, -, @) is escaped.
/// </summary>
internal sealed class CsvSheetWriter(Stream output) : ISheetWriter
{
    private readonly CsvWriter _csv = CsvWriter.Create(output, new CsvWriterOptions
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    }, leaveOpen: true);

    private int _sheets;

    public void StartSheet(string name, IReadOnlyList<SheetColumn> columns)
    {
        if (++_sheets == 1)
        {
            WriteCells(columns.Select(column => (object?)column.Header).ToList());
        }
    }

    public void WriteRow(IReadOnlyList<object?> cells)
    {
        if (_sheets == 1)
        {
            WriteCells(cells);
        }
    }

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }

    private void WriteCells(IReadOnlyList<object?> cells)
    {
        foreach (var cell in cells)
        {
            _csv.WriteField(cell switch
            {
                null => string.Empty,
                DateOnly date => VietnameseDates.Numeric(date),
                bool flag => flag ? "x" : string.Empty,
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                _ => cell.ToString(),
            });
        }

        _csv.EndRecord();
    }
}
