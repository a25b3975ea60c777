namespace DangVu.Data.Import;

/// <summary>A column an import reads: its header, and whether a file must have it (unless it has <paramref name="Or"/>).</summary>
public sealed record ImportColumn(string Header, bool Required, string? Or = null)
{
    internal string Key => Core.Text.VietnameseText.SearchKey(Header);
}

/// <summary>
/// Where each column is in a given file, read from its header row. Headers are matched by their folded spelling
/// ("ho va ten" is "Họ và tên"); a missing, unknown or repeated column is refused with one message naming them all.
/// </summary>
internal sealed class SheetLayout
{
    private readonly Dictionary<string, int> _positions;

    /// <summary>Each header's position, folded once per file rather than once per cell.</summary>
    private readonly Dictionary<string, int?> _byHeader = new(StringComparer.Ordinal);

    private SheetLayout(Dictionary<string, int> positions) => _positions = positions;

    public int? PositionOf(string header)
    {
        if (!_byHeader.TryGetValue(header, out var position))
        {
            position = _positions.TryGetValue(Core.Text.VietnameseText.SearchKey(header), out var found) ? found : null;
            _byHeader[header] = position;
        }

        return position;
    }

    /// <summary>The text of a row's cell in the named column; null when the file has no such column or the cell is blank.</summary>
    public string? Cell(IReadOnlyList<string> row, string header) =>
        PositionOf(header) is { } position && position < row.Count && !string.IsNullOrWhiteSpace(row[position])
            ? Core.Text.VietnameseText.Normalize(row[position])
            : null;

    public static (SheetLayout? Layout, string? Problem) Read(IReadOnlyList<string> header, IReadOnlyList<ImportColumn> columns)
    {
        var known = columns.ToDictionary(column => column.Key);
        var positions = new Dictionary<string, int>();
        var unknown = new List<string>();
        var repeated = new List<string>();
        for (var index = 0; index < header.Count; index++)
        {
            var text = header[index].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var key = Core.Text.VietnameseText.SearchKey(text);
            if (!known.ContainsKey(key))
            {
                unknown.Add(text);
            }
            else if (!positions.TryAdd(key, index))
            {
                repeated.Add(text);
            }
        }

        var missing = columns
            .Where(column => column.Required && !positions.ContainsKey(column.Key)
                && !(column.Or is { } alternative && positions.ContainsKey(Core.Text.VietnameseText.SearchKey(alternative))))
            .Select(column => column.Header)
            .ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"thiếu cột {Quote(missing)}");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"có cột không thuộc mẫu {Quote(unknown)}");
        }

        if (repeated.Count > 0)
        {
            problems.Add($"có cột lặp lại {Quote(repeated)}");
        }

        return problems.Count > 0
            ? (null, $"Tệp không đúng mẫu: {string.Join("; ", problems)}. Hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.")
            : (new SheetLayout(positions), null);
    }

    private static string Quote(IEnumerable<string> headers) => string.Join(", ", headers.Select(header => $"“{header}”"));
}
