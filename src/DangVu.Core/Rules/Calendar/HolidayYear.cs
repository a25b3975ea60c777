using System.Diagnostics.CodeAnalysis;

namespace DangVu.Core.Rules.Calendar;

/// <summary>How much DangVu knows of a year's days off.</summary>
public enum HolidayDataStatus
{
    /// <summary>The year matches the schedule the government announced.</summary>
    Confirmed,

    /// <summary>The year is listed (Tết, Giỗ Tổ Hùng Vương, swaps) as best known, not checked against the announcement.</summary>
    Unconfirmed,

    /// <summary>The year is not listed: only the fixed-date holidays (1/1, 30/4, 1/5, 2/9) count; no Tết, no Giỗ Tổ.</summary>
    FixedDatesOnly,
}

/// <summary>What makes a day other than an ordinary working day or weekend.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday (Tết days included).</summary>
    Holiday,

    /// <summary>A working day off in place of a holiday that fell on a Saturday or Sunday.</summary>
    Compensation,

    /// <summary>A working day off that the government swapped for a Saturday worked.</summary>
    SwappedDayOff,

    /// <summary>A Saturday or Sunday worked in exchange for a <see cref="SwappedDayOff"/>.</summary>
    SwappedWorkingDay,
}

/// <summary>A day the calendar knows by name.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Why it is special.</param>
/// <param name="Name">Its Vietnamese name ("Tết Nguyên đán", "Nghỉ bù Quốc khánh (2/9)").</param>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name)
{
    /// <summary>True for a day off; false for a swapped working day.</summary>
    public bool IsDayOff => Kind != CalendarDayKind.SwappedWorkingDay;
}

/// <summary>The days off (and swapped working days) of one calendar year, and how sure DangVu is of them.</summary>
public sealed class HolidayYear
{
    private readonly Dictionary<DateOnly, CalendarDay> _days;

    internal HolidayYear(int year, HolidayDataStatus status, string source, string? note, DateOnly? lunarNewYear,
        DateOnly? hungKings, (DateOnly From, DateOnly To)? tet, IEnumerable<CalendarDay> days)
    {
        Year = year;
        Status = status;
        Source = source;
        Note = note;
        LunarNewYear = lunarNewYear;
        HungKings = hungKings;
        Tet = tet;
        Days = days.Where(day => day.Date.Year == year).OrderBy(day => day.Date).ToList();
        _days = Days.ToDictionary(day => day.Date);
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>How much is known of the year.</summary>
    public HolidayDataStatus Status { get; }

    /// <summary>True when the year matches the announced schedule.</summary>
    public bool IsConfirmed => Status == HolidayDataStatus.Confirmed;

    /// <summary>False for a year not listed: its Tết and Giỗ Tổ Hùng Vương are not counted.</summary>
    public bool HasLunarHolidays => Status != HolidayDataStatus.FixedDatesOnly;

    /// <summary>Where the year's days come from (Vietnamese).</summary>
    public string Source { get; }

    /// <summary>Anything else worth saying of the year (Vietnamese), or null.</summary>
    public string? Note { get; }

    /// <summary>Mùng 1 Tết, when listed.</summary>
    public DateOnly? LunarNewYear { get; }

    /// <summary>Giỗ Tổ Hùng Vương (10/3 âm lịch), when listed and a holiday (from 2007).</summary>
    public DateOnly? HungKings { get; }

    /// <summary>The days off around Tết, weekends included, when listed.</summary>
    public (DateOnly From, DateOnly To)? Tet { get; }

    /// <summary>The year's named days (holidays, compensation, swaps) in date order; a day of a swap announced with the next year's holidays belongs to the year of its date.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>The named day on <paramref name="date"/>, if any.</summary>
    public bool TryGetDay(DateOnly date, [NotNullWhen(true)] out CalendarDay? day) => _days.TryGetValue(date, out day);
}
