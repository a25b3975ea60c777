using System.Security.Cryptography;
using DangVu.Data.Spreadsheets;

namespace DangVu.Data.Import;

/// <summary>
/// What every import does before its rows: fingerprint the file, open it as a table, read the header against the
/// expected columns — turning an unreadable file or a wrong header into one Vietnamese problem instead of an exception.
/// </summary>
internal static class ImportFile
{
    public delegate Task<ImportReport> RowsReader(ISheetReader reader, SheetLayout layout);

    public static async Task<ImportReport> RunAsync(Stream file, IReadOnlyList<ImportColumn> columns, RowsReader readRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        file.Position = 0;
        try
        {
            using var reader = SheetReader.Open(file);
            if (reader.ReadRow() is not { } header)
            {
                return ImportReport.OfFile("Tệp không có dòng nào: hãy dùng tệp mẫu, dòng đầu là tiêu đề các cột.");
            }

            var (layout, problem) = SheetLayout.Read(header, columns);
            if (layout is null)
            {
                return ImportReport.OfFile(problem!);
            }

            var report = await readRows(reader, layout);
            report.FileSha256 = hash;
            return report;
        }
        catch (SpreadsheetException exception)
        {
            return ImportReport.OfFile(exception.Message);
        }
    }
}
