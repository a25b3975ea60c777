namespace DangVu.Data.Spreadsheets;

/// <summary>
/// Reads a table one row at a time, so a million-row file costs no more memory than a ten-row one. Cells come back
/// as text exactly as the file holds them (an XLSX date stays its serial number "39590"; callers parse).
/// </summary>
public interface ISheetReader : IDisposable
{
    /// <summary>The file's own row number (1 = first line) of the last row read, for messages that name the row.</summary>
    int RowNumber { get; }

    /// <summary>How far through the file the reader is, 0 to 1, for progress bars; null when unknown.</summary>
    double? Progress { get; }

    /// <summary>The next row's cells, or null at the end. Blank rows are skipped.</summary>
    IReadOnlyList<string>? ReadRow();
}

public static class SheetReader
{
    /// <summary>Opens an XLSX or CSV table, told apart by content. Throws <see cref="SpreadsheetException"/> with a Vietnamese message.</summary>
    public static ISheetReader Open(Stream stream) =>
        SheetFormats.Detect(stream) == SheetFormat.Xlsx ? new XlsxSheetReader(stream) : new CsvSheetReader(stream);

    internal static bool IsBlank(IReadOnlyList<string> cells)
    {
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }
}
