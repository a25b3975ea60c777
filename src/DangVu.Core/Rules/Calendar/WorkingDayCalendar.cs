using System.Collections.Concurrent;
using System.Text.Json;
using DangVu.Core.Text;

namespace DangVu.Core.Rules.Calendar;

/// <summary>
/// Vietnamese working days of agencies (cán bộ, công chức): Monday to Friday, less public holidays, the days off in
/// their place and the days the government swaps, plus the Saturdays worked in exchange. Deadlines "in working days"
/// count on it. The listed years come from the embedded <c>Rules/Data/working-days.json</c> (<see cref="Default"/>);
/// other years fall back to the fixed-date holidays (<see cref="HolidayDataStatus.FixedDatesOnly"/>).
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string ResourceName = "DangVu.Core.Rules.working-days.json";

    private static readonly Lazy<WorkingDayCalendar> LazyDefault = new(() =>
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Load(stream);
    });

    private readonly Dictionary<int, HolidayYear> _known;
    private readonly ConcurrentDictionary<int, HolidayYear> _fallback = new();

    private WorkingDayCalendar(IEnumerable<HolidayYear> known) => _known = known.ToDictionary(year => year.Year);

    /// <summary>The calendar shipped with DangVu.</summary>
    public static WorkingDayCalendar Default => LazyDefault.Value;

    /// <summary>The years listed in the data, oldest first.</summary>
    public IReadOnlyList<HolidayYear> KnownYears => [.. _known.Values.OrderBy(year => year.Year)];

    /// <summary>The days off of <paramref name="year"/>: listed, or the fixed-date fallback.</summary>
    public HolidayYear Year(int year) => _known.TryGetValue(year, out var known) ? known : _fallback.GetOrAdd(year, Fallback);

    /// <summary>The named day (holiday, compensation, swap) on <paramref name="date"/>, or null for an ordinary day.</summary>
    public CalendarDay? Describe(DateOnly date) => Year(date.Year).TryGetDay(date, out var day) ? day : null;

    /// <summary>True on a working day: Monday to Friday and not a day off, or a Saturday or Sunday worked in a swap.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        Describe(date) is { } day ? !day.IsDayOff : !IsWeekend(date);

    /// <summary>
    /// The day <paramref name="days"/> working days after <paramref name="start"/> (before it when negative); the
    /// start itself is not counted. From Thursday 24/04/2025, 1 working day is Friday 25/04 and 2 is Saturday 26/04,
    /// a Saturday worked for the day off on 02/05. <c>AddWorkingDays(d, 0)</c> is <c>d</c>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var step = Math.Sign(days);
        var remaining = Math.Abs(days);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when
    /// <paramref name="to"/> is earlier), so that <c>CountWorkingDays(d, AddWorkingDays(d, n)) == n</c> for n ≥ 0,
    /// and for n &lt; 0 when <c>d</c> is a working day.
    /// </summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountWorkingDays(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads and checks calendar data in the shape of <c>working-days.json</c>.</summary>
    /// <exception cref="RuleDataException">The data is malformed or inconsistent; the message lists every problem.</exception>
    public static WorkingDayCalendar Load(Stream json)
    {
        CalendarData? data;
        try
        {
            data = JsonSerializer.Deserialize<CalendarData>(json, RuleData.Options);
        }
        catch (JsonException exception)
        {
            throw new RuleDataException([$"the calendar data is not valid JSON of the expected shape: {exception.Message}"]);
        }

        var years = data?.Years ?? [];
        var problems = Check(years);
        if (problems.Count > 0)
        {
            throw new RuleDataException(problems);
        }

        var days = years.SelectMany(ListedDays).ToList();
        return new WorkingDayCalendar(years.Select(year => new HolidayYear(year.Year,
            year.Confirmed ? HolidayDataStatus.Confirmed : HolidayDataStatus.Unconfirmed, year.Source, year.Note,
            year.LunarNewYear, year.HungKings, (year.Tet.From, year.Tet.To), days)));
    }

    /// <summary>As <see cref="Load(Stream)"/>, from a string.</summary>
    public static WorkingDayCalendar Load(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream);
    }

    /// <summary>Legal Tết days: 4 under the Labour Code of 1994, 5 under the one of 2012 (from 1/5/2013, so from Tết 2014).</summary>
    internal static int LegalTetDays(int year) => year <= 2013 ? 4 : 5;

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static HolidayYear Fallback(int year)
    {
        var second = year >= 2021 ? SecondNationalDay(year) : (DateOnly?)null;
        var days = Days(year, tet: null, hungKings: null, second, swaps: []);
        var source = $"Chưa có lịch nghỉ của năm {year}: chỉ tính các ngày lễ cố định theo dương lịch (1/1, 30/4, 1/5, 2/9"
            + (second is { } day ? $" và {day.Day}/9" : "") + ") và ngày nghỉ bù; chưa tính Tết Nguyên đán, Giỗ Tổ Hùng Vương và ngày hoán đổi.";
        return new HolidayYear(year, HolidayDataStatus.FixedDatesOnly, source, null, null, null, null, days);
    }

    /// <summary>
    /// For a year not listed: the day next to 2/9 that joins a weekend (the government picks 1/9 or 3/9 each year).
    /// </summary>
    private static DateOnly SecondNationalDay(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        return nationalDay.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday or DayOfWeek.Saturday
            ? nationalDay.AddDays(-1)
            : nationalDay.AddDays(1);
    }

    private static IEnumerable<CalendarDay> ListedDays(CalendarYearData year) =>
        Days(year.Year, year.Tet, year.HungKings, year.NationalDaySecond, year.Swaps ?? []);

    private static List<CalendarDay> Days(int year, TetData? tet, DateOnly? hungKings, DateOnly? nationalDaySecond, IReadOnlyList<SwapData> swaps)
    {
        var days = new Dictionary<DateOnly, CalendarDay>();
        if (tet is not null)
        {
            for (var date = tet.From; date <= tet.To; date = date.AddDays(1))
            {
                days[date] = new(date, CalendarDayKind.Holiday, "Tết Nguyên đán");
            }
        }

        var holidays = new List<(DateOnly Date, string Name)>
        {
            (new(year, 1, 1), "Tết Dương lịch (1/1)"),
            (new(year, 4, 30), "Ngày Chiến thắng (30/4)"),
            (new(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"),
            (new(year, 9, 2), "Quốc khánh (2/9)"),
        };
        if (hungKings is { } hung)
        {
            holidays.Add((hung, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        }

        if (nationalDaySecond is { } second)
        {
            holidays.Add((second, $"Quốc khánh ({second.Day}/9)"));
        }

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        foreach (var (date, name) in holidays)
        {
            days[date] = new(date, CalendarDayKind.Holiday, name);
        }

        foreach (var swap in swaps)
        {
            days[swap.Off] = new(swap.Off, CalendarDayKind.SwappedDayOff, $"Nghỉ hoán đổi, làm bù ngày {VietnameseDates.Numeric(swap.Work)}");
            days[swap.Work] = new(swap.Work, CalendarDayKind.SwappedWorkingDay, $"Làm bù cho ngày nghỉ {VietnameseDates.Numeric(swap.Off)}");
        }

        // A holiday on a Saturday or Sunday is made up on the next day that is neither a weekend nor already off.
        foreach (var (date, name) in holidays.Where(holiday => IsWeekend(holiday.Date)))
        {
            var next = date.AddDays(1);
            while (IsWeekend(next) || days.ContainsKey(next))
            {
                next = next.AddDays(1);
            }

            days[next] = new(next, CalendarDayKind.Compensation, $"Nghỉ bù {name}");
        }

        return [.. days.Values];
    }

    private static List<string> Check(IReadOnlyList<CalendarYearData> years)
    {
        var problems = new List<string>();
        if (years.Count == 0)
        {
            problems.Add("no year is listed");
        }

        foreach (var duplicate in years.GroupBy(year => year.Year).Where(group => group.Count() > 1))
        {
            problems.Add($"{duplicate.Key} is listed {duplicate.Count()} times");
        }

        var listed = years.Select(year => year.Year).ToHashSet();
        foreach (var year in years)
        {
            var y = year.Year;
            if (string.IsNullOrWhiteSpace(year.Source))
            {
                problems.Add($"{y}: no source");
            }

            if (year.LunarNewYear.Year != y || year.LunarNewYear < new DateOnly(y, 1, 19) || year.LunarNewYear > new DateOnly(y, 2, 21))
            {
                problems.Add($"{y}: the lunar new year {year.LunarNewYear:yyyy-MM-dd} is not between 19/01 and 21/02 of the year");
            }

            if (year.Tet.From > year.LunarNewYear || year.Tet.To < year.LunarNewYear || year.Tet.To.DayNumber - year.Tet.From.DayNumber > 10)
            {
                problems.Add($"{y}: the Tết days {year.Tet.From:yyyy-MM-dd}..{year.Tet.To:yyyy-MM-dd} do not span the lunar new year within 11 days");
            }
            else
            {
                var weekdays = Enumerable.Range(0, year.Tet.To.DayNumber - year.Tet.From.DayNumber + 1)
                    .Count(offset => !IsWeekend(year.Tet.From.AddDays(offset)));
                if (weekdays != LegalTetDays(y))
                {
                    problems.Add($"{y}: the Tết days hold {weekdays} working days off, not the {LegalTetDays(y)} of the law (extra days are swaps)");
                }
            }

            if (y < 2007 != year.HungKings is null)
            {
                problems.Add($"{y}: Giỗ Tổ Hùng Vương is a holiday from 2007 on, so it must be given exactly from 2007");
            }
            else if (year.HungKings is { } hung && (hung < new DateOnly(y, 3, 25) || hung > new DateOnly(y, 4, 30)))
            {
                problems.Add($"{y}: Giỗ Tổ Hùng Vương {hung:yyyy-MM-dd} is not between 25/03 and 30/04");
            }

            if (y < 2021 != year.NationalDaySecond is null)
            {
                problems.Add($"{y}: National Day has a second day from 2021 on, so it must be given exactly from 2021");
            }
            else if (year.NationalDaySecond is { } second && second != new DateOnly(y, 9, 1) && second != new DateOnly(y, 9, 3))
            {
                problems.Add($"{y}: the second National Day holiday {second:yyyy-MM-dd} is neither 1/9 nor 3/9");
            }

            foreach (var swap in year.Swaps ?? [])
            {
                if (IsWeekend(swap.Off) || !IsWeekend(swap.Work))
                {
                    problems.Add($"{y}: a swap gives a weekday off ({swap.Off:yyyy-MM-dd}) for a weekend day worked ({swap.Work:yyyy-MM-dd})");
                }

                if (!listed.Contains(swap.Off.Year) || !listed.Contains(swap.Work.Year) || Math.Abs(swap.Off.DayNumber - swap.Work.DayNumber) > 31)
                {
                    problems.Add($"{y}: the swap {swap.Off:yyyy-MM-dd}/{swap.Work:yyyy-MM-dd} reaches a year not listed or is more than a month apart");
                }
            }
        }

        return problems;
    }
}

internal sealed record CalendarData(IReadOnlyList<CalendarYearData> Years);

internal sealed record CalendarYearData(int Year, bool Confirmed, string Source, DateOnly LunarNewYear, TetData Tet,
    DateOnly? HungKings, DateOnly? NationalDaySecond, IReadOnlyList<SwapData>? Swaps, string? Note = null);

internal sealed record TetData(DateOnly From, DateOnly To);

internal sealed record SwapData(DateOnly Off, DateOnly Work);
