using CsvHelper;

namespace DangVu.Data.Spreadsheets;

/// <summary>
/// CSV in UTF-8 (with or without BOM), separated by commas, semicolons or tabs (detected: Excel in Vietnamese writes
/// ';'). Text that is not UTF-8 is refused rather than imported as mojibake.
/// </summary>
internal sealed class CsvSheetReader : ISheetReader
{
    private const int MaxRecordBytes = 1 << 20;

    private readonly long _length;
    private readonly CsvReader _reader;

    public CsvSheetReader(Stream stream)
    {
        _length = stream.CanSeek ? stream.Length : 0;
        _reader = CsvReader.Create(stream, new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Throw,
            IncludeValuesInExceptions = false,
        }, leaveOpen: true);
    }

    public int RowNumber { get; private set; }

    public double? Progress => _length > 0 ? Math.Min(1, (double)_reader.ByteOffset / _length) : null;

    public IReadOnlyList<string>? ReadRow()
    {
        try
        {
            while (_reader.Read())
            {
                RowNumber = (int)_reader.LineNumber;
                var cells = new string[_reader.FieldCount];
                for (var index = 0; index < cells.Length; index++)
                {
                    var text = _reader.GetString(index);
                    if (text.Contains('\uFFFD', StringComparison.Ordinal))
                    {
                        throw new SpreadsheetException(
                            $"Dòng {RowNumber}: tệp CSV không ở mã UTF-8. Hãy lưu lại bằng “CSV UTF-8” trong Excel, hoặc dùng tệp .xlsx.");
                    }

                    cells[index] = text;
                }

                if (!SheetReader.IsBlank(cells))
                {
                    return cells;
                }
            }

            return null;
        }
        catch (CsvFormatException exception)
        {
            var line = exception.LineNumber > 0 ? exception.LineNumber : _reader.LineNumber;
            throw new SpreadsheetException($"Tệp CSV hỏng ở dòng {line} (dấu ngoặc kép không khớp hoặc dòng quá dài): hãy mở bằng Excel và lưu lại theo mẫu.");
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
    }
}
