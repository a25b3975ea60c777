using System.Globalization;

namespace DangVu.Core.Text;

/// <summary>Dates as Vietnamese users and documents write them.</summary>
public static class VietnameseDates
{
    /// <summary>The time zone of Vietnam (UTC+7, no daylight saving).</summary>
    public static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    // Day first, as Vietnamese write dates, with the separators people use; and the ISO form of <input type="date">.
    private static readonly string[] InputFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>Today's date in Vietnam, from the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime).DateTime);

    /// <summary>"22/05/2008": lists and forms.</summary>
    public static string Numeric(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a date as people type it in a form: day/month/year ("22/05/2008", "22/5/2008", "22-05-2008",
    /// "22.05.2008") or the ISO form a browser's date input sends ("2008-05-22"). A two-digit year is refused:
    /// "08" could be 1908 or 2008 in a member's file.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 10)
        {
            return false;
        }

        return DateOnly.TryParseExact(trimmed, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>"22/05/2008 14:30" in Vietnam time: logs and lists of events.</summary>
    public static string ShortDateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, VietnamTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"ngày 22 tháng 5 năm 2008": documents, with no leading zeros.</summary>
    public static string Written(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day} tháng {date.Month} năm {date.Year}");
}
