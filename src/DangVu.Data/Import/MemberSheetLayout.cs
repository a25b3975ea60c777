using DangVu.Core.Members;

namespace DangVu.Data.Import;

/// <summary>Where each column of the member spreadsheet is in a given file, read from its header row.</summary>
internal sealed class MemberSheetLayout
{
    private readonly Dictionary<MemberField, int> _positions;

    private MemberSheetLayout(Dictionary<MemberField, int> positions, int? organizationIdPosition)
    {
        _positions = positions;
        OrganizationIdPosition = organizationIdPosition;
    }

    public int? OrganizationIdPosition { get; }

    public int? PositionOf(MemberField field) => _positions.TryGetValue(field, out var position) ? position : null;

    /// <summary>The layout of a header row, or one Vietnamese message naming every missing, unknown or repeated column.</summary>
    public static (MemberSheetLayout? Layout, string? Problem) Read(IReadOnlyList<string> header)
    {
        var byKey = MemberColumns.All.ToDictionary(column => MemberColumns.Key(column.Header));
        var organizationIdKey = MemberColumns.Key(MemberColumns.OrganizationIdHeader);
        var positions = new Dictionary<MemberField, int>();
        int? organizationId = null;
        var unknown = new List<string>();
        var repeated = new List<string>();
        for (var index = 0; index < header.Count; index++)
        {
            var text = header[index].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var key = MemberColumns.Key(text);
            if (key == organizationIdKey)
            {
                organizationId = organizationId is null ? index : Repeated(repeated, text, organizationId);
            }
            else if (byKey.TryGetValue(key, out var column))
            {
                if (!positions.TryAdd(column.Field, index))
                {
                    repeated.Add(text);
                }
            }
            else
            {
                unknown.Add(text);
            }
        }

        var missing = MemberColumns.All
            .Where(column => column.Required && !positions.ContainsKey(column.Field)
                && !(column.Field == MemberField.Organization && organizationId is not null))
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
            : (new MemberSheetLayout(positions, organizationId), null);
    }

    private static int? Repeated(List<string> repeated, string text, int? existing)
    {
        repeated.Add(text);
        return existing;
    }

    private static string Quote(IEnumerable<string> headers) => string.Join(", ", headers.Select(header => $"“{header}”"));
}
