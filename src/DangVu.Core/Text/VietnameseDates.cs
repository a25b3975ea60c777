using System.Globalization;

namespace DangVu.Core.Text;

/// <summary>Dates as Vietnamese users and documents write them.</summary>
public static class VietnameseDates
{
    /// <summary>The time zone of Vietnam (UTC+7, no daylight saving).</summary>
    public static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>Today's date in Vietnam, from the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime).DateTime);

    /// <summary>"22/05/2008": lists and forms.</summary>
    public static string Numeric(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"22/05/2008 14:30" in Vietnam time: logs and lists of events.</summary>
    public static string ShortDateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, VietnamTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"ngày 22 tháng 5 năm 2008": documents, with no leading zeros.</summary>
    public static string Written(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day} tháng {date.Month} năm {date.Year}");

    private static readonly string[] TypedFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d"];

    /// <summary>
    /// A date as people type it in a form or a spreadsheet: "22/5/2008", "22/05/2008", "22-5-2008", "22.5.2008", or
    /// ISO "2008-05-22" (what an HTML date input sends). Day first, never month first. False for anything else,
    /// including impossible dates such as 31/02/2008.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), TypedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
