namespace DangVu.Data.Spreadsheets;

public enum SheetFormat
{
    Csv,
    Xlsx,
}

/// <summary>A file that cannot be read as a table. The message is Vietnamese and meant for the user as it is.</summary>
public sealed class SpreadsheetException(string message) : Exception(message);

/// <summary>Tells XLSX from CSV by content (a ZIP signature), not by the name the user gave the file.</summary>
public static class SheetFormats
{
    private const int Probe = 4096;

    public static SheetFormat Detect(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("Detecting a format needs a seekable stream.", nameof(stream));
        }

        var head = new byte[Probe];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 0)
        {
            throw new SpreadsheetException("Tệp rỗng: không có dòng nào để nhập.");
        }

        if (read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4)
        {
            return SheetFormat.Xlsx;
        }

        // Text files carry no NUL bytes; an old .xls, a PDF or a picture does.
        if (Array.IndexOf(head, (byte)0, 0, read) >= 0)
        {
            throw new SpreadsheetException("Tệp không phải bảng tính: hãy dùng tệp Excel (.xlsx) hoặc CSV theo mẫu.");
        }

        return SheetFormat.Csv;
    }

    public static string Extension(SheetFormat format) => format == SheetFormat.Xlsx ? ".xlsx" : ".csv";

    public static string ContentType(SheetFormat format) => format == SheetFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";
}
