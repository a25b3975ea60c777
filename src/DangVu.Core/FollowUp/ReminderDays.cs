using System.Globalization;

namespace DangVu.Core.FollowUp;

/// <summary>The days before a deadline a task reminds its lead organization: per task, 7 and 1 unless set otherwise.</summary>
public static class ReminderDays
{
    /// <summary>Seven days and one day before.</summary>
    public static IReadOnlyList<int> Default { get; } = [7, 1];

    /// <summary>At most this many reminders before a deadline.</summary>
    public const int MaxCount = 5;

    /// <summary>No reminder further ahead than this.</summary>
    public const int MaxDays = 365;

    /// <summary>"7,1" as stored.</summary>
    public static string Format(IEnumerable<int> days) => string.Join(",", days.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Reads "7, 1" (commas, semicolons or spaces between whole numbers of days), largest first and without repeats; blank
    /// gives <see cref="Default"/>. Returns the Vietnamese reason instead when the text is not such a list.
    /// </summary>
    public static (IReadOnlyList<int> Days, string? Problem) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (Default, null);
        }

        var days = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > MaxDays)
            {
                return ([], $"Số ngày nhắc trước hạn phải là số nguyên từ 1 đến {MaxDays}, cách nhau bằng dấu phẩy (ví dụ: 7, 1).");
            }

            days.Add(day);
        }

        return days.Count > MaxCount
            ? ([], $"Nhiều nhất {MaxCount} lần nhắc trước hạn.")
            : ([.. days], null);
    }
}
