using System.Globalization;
using DangVu.Core.Rules;
using DangVu.Core.Text;

namespace DangVu.Core.Meetings;

/// <summary>
/// A run of whole months that must hold a meeting: one month for regular meetings, three (a quarter) for thematic ones,
/// as many as the rule set in force on its first day says. Windows are counted from January of each year, so quarters are
/// calendar quarters; a window never crosses into the next year.
/// </summary>
/// <param name="From">Its first day.</param>
/// <param name="To">Its last day.</param>
/// <param name="Rules">The rule set in force on its first day.</param>
public sealed record MeetingWindow(DateOnly From, DateOnly To, RuleSet Rules)
{
    /// <summary>"tháng 03/2026", "quý I/2026", or "từ 01/01/2026 đến 30/04/2026".</summary>
    public string Label
    {
        get
        {
            if (From.Month == To.Month && From.Year == To.Year)
            {
                return string.Create(CultureInfo.InvariantCulture, $"tháng {From:MM/yyyy}");
            }

            return From.Year == To.Year && From.Month % 3 == 1 && To.Month == From.Month + 2
                ? string.Create(CultureInfo.InvariantCulture, $"quý {Roman((From.Month + 2) / 3)}/{From.Year}")
                : $"từ {VietnameseDates.Numeric(From)} đến {VietnameseDates.Numeric(To)}";
        }
    }

    /// <summary>
    /// The windows of each year that <paramref name="from"/> to <paramref name="to"/> touch, their length read by
    /// <paramref name="monthsOf"/> from the rules of each window's first day. Days no rule set covers have no window.
    /// </summary>
    public static IEnumerable<MeetingWindow> Between(DateOnly from, DateOnly to, RuleBook book, Func<RuleSet, int> monthsOf)
    {
        for (var year = from.Year; year <= to.Year; year++)
        {
            var month = 1;
            while (month <= 12)
            {
                var start = new DateOnly(year, month, 1);
                if (!book.TryOn(start, out var rules))
                {
                    month++;
                    continue;
                }

                var length = Math.Max(1, monthsOf(rules));
                var lastMonth = Math.Min(12, month + length - 1);
                var end = new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
                if (end >= from && start <= to)
                {
                    yield return new MeetingWindow(start, end, rules);
                }

                month = lastMonth + 1;
            }
        }
    }

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
