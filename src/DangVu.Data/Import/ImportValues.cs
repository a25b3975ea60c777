using System.Globalization;
using DangVu.Core.Text;

namespace DangVu.Data.Import;

/// <summary>Cell values as people type them into spreadsheets, read the same way by every import.</summary>
internal static class ImportValues
{
    // Excel's serial dates: 1 = 1/1/1900; anything past year 9999 is not a date.
    private const double LastSerialDate = 2_958_465;

    /// <summary>A typed date (22/5/2008, 2008-05-22 …) or an XLSX date cell's serial number.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (VietnameseDates.TryParse(text, out date))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < LastSerialDate)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }

    public static string DateProblem(string text) => $"“{text}” không phải ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 22/05/1980).";
}
