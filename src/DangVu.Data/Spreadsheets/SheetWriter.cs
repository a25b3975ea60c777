namespace DangVu.Data.Spreadsheets;

/// <summary>A column of a written sheet: its header and how wide (in characters) XLSX shows it.</summary>
public sealed record SheetColumn(string Header, int Width = 16);

/// <summary>
/// Writes tables row by row to CSV or XLSX. Cells are text, numbers, booleans or <see cref="DateOnly"/> (a real date
/// cell shown dd/MM/yyyy in XLSX, dd/MM/yyyy text in CSV). XLSX may hold several sheets, written one after another;
/// disposing finishes the file.
/// </summary>
public interface ISheetWriter : IDisposable
{
    /// <summary>Starts a sheet and writes its header row. CSV has one table: the rows of a second sheet are not written.</summary>
    void StartSheet(string name, IReadOnlyList<SheetColumn> columns);

    void WriteRow(IReadOnlyList<object?> cells);
}

public static class SheetWriter
{
    public static ISheetWriter Create(Stream output, SheetFormat format) =>
        format == SheetFormat.Xlsx ? new XlsxSheetWriter(output) : new CsvSheetWriter(output);
}
