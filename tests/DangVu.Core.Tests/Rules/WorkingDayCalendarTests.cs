using System.Globalization;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;

namespace DangVu.Core.Tests.Rules;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Fact]
    public void AddWorkingDays_AcrossTet2025_SkipsTheWholeBreak()
    {
        var friday = new DateOnly(2025, 1, 24);

        Assert.True(Calendar.IsWorkingDay(friday));
        for (var day = new DateOnly(2025, 1, 25); day <= new DateOnly(2025, 2, 2); day = day.AddDays(1))
        {
            Assert.False(Calendar.IsWorkingDay(day), $"{day:dd/MM/yyyy} should be off");
        }

        Assert.Equal(new DateOnly(2025, 2, 3), Calendar.AddWorkingDays(friday, 1));
        Assert.Equal(1, Calendar.CountWorkingDays(friday, new DateOnly(2025, 2, 3)));
        Assert.Equal("Tết Nguyên đán", Calendar.Describe(new DateOnly(2025, 1, 29))!.Name);
    }

    [Fact]
    public void AddWorkingDays_Across30April1May2025_CountsTheSaturdayWorkedAndSkipsTheSwappedFriday()
    {
        Assert.Equal(new DateOnly(2025, 4, 26), Calendar.AddWorkingDays(new DateOnly(2025, 4, 25), 1));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 4, 26)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 4, 30)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 5, 1)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 5, 2)));
        Assert.Equal(new DateOnly(2025, 5, 5), Calendar.AddWorkingDays(new DateOnly(2025, 4, 29), 1));
        Assert.Equal(CalendarDayKind.SwappedDayOff, Calendar.Describe(new DateOnly(2025, 5, 2))!.Kind);
        Assert.Equal(CalendarDayKind.SwappedWorkingDay, Calendar.Describe(new DateOnly(2025, 4, 26))!.Kind);
    }

    [Fact]
    public void AddWorkingDays_OverAWeekend_GoesToMonday()
    {
        var friday = new DateOnly(2026, 3, 6);

        Assert.Equal(new DateOnly(2026, 3, 9), Calendar.AddWorkingDays(friday, 1));
        Assert.Equal(new DateOnly(2026, 3, 5), Calendar.AddWorkingDays(new DateOnly(2026, 3, 9), -2));
        Assert.Equal(friday, Calendar.AddWorkingDays(friday, 0));
        Assert.Equal(1, Calendar.CountWorkingDays(friday, new DateOnly(2026, 3, 9)));
        Assert.Equal(0, Calendar.CountWorkingDays(friday, new DateOnly(2026, 3, 8)));
        Assert.Equal(-1, Calendar.CountWorkingDays(new DateOnly(2026, 3, 9), friday));
    }

    [Fact]
    public void CountWorkingDays_UndoesAddWorkingDays_Everywhere()
    {
        var random = new Random(20260522);
        for (var i = 0; i < 2000; i++)
        {
            var start = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 27 * 366));
            // Backwards, the start is counted and the end is not, so the two agree from a working day only.
            var days = Calendar.IsWorkingDay(start) ? random.Next(-70, 71) : random.Next(0, 71);

            var end = Calendar.AddWorkingDays(start, days);

            Assert.Equal(days, Calendar.CountWorkingDays(start, end));
            Assert.True(days == 0 || Calendar.IsWorkingDay(end), $"{start:yyyy-MM-dd} + {days} ended on a day off");
        }
    }

    [Fact]
    public void Year_HolidaysOnAWeekend_AreMadeUpOnTheNextFreeWorkingDays()
    {
        // 2023: Giỗ Tổ on Saturday 29/04, 30/04 on Sunday, 01/05 on Monday.
        Assert.Equal(CalendarDayKind.Compensation, Calendar.Describe(new DateOnly(2023, 5, 2))!.Kind);
        Assert.Equal(CalendarDayKind.Compensation, Calendar.Describe(new DateOnly(2023, 5, 3))!.Kind);
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2023, 5, 4)));
        // 2022: New Year on Saturday, made up on Monday 03/01.
        Assert.Equal("Nghỉ bù Tết Dương lịch (1/1)", Calendar.Describe(new DateOnly(2022, 1, 3))!.Name);
    }

    [Fact]
    public void Year_SwapAcrossNewYear_PutsEachDayInItsOwnYear()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2018, 12, 31)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2019, 1, 5)));
        Assert.Contains(Calendar.Year(2018).Days, day => day.Date == new DateOnly(2018, 12, 31));
    }

    [Fact]
    public void Year_NationalDayFrom2021_HasTwoDays()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2020, 9, 3)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2021, 9, 3)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 9, 1)));
    }

    [Fact]
    public void Year_ListedYears_SayWhetherTheyAreConfirmed()
    {
        Assert.True(Calendar.Year(2025).IsConfirmed);
        Assert.Equal(HolidayDataStatus.Unconfirmed, Calendar.Year(2010).Status);
        Assert.True(Calendar.Year(2010).HasLunarHolidays);
        Assert.Equal(Enumerable.Range(2006, 25), Calendar.KnownYears.Select(year => year.Year));
    }

    [Fact]
    public void Year_NotListed_FallsBackToFixedDatesAndSaysSo()
    {
        var year = Calendar.Year(2031);

        Assert.Equal(HolidayDataStatus.FixedDatesOnly, year.Status);
        Assert.False(year.IsConfirmed);
        Assert.False(year.HasLunarHolidays);
        Assert.Contains("chưa tính Tết Nguyên đán", year.Source, StringComparison.Ordinal);
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2031, 1, 1)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2031, 9, 1)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2031, 9, 2)));
        // Tết 2031 (23/01) is not known, so it counts as a working day.
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2031, 1, 23)));
        Assert.Null(Calendar.Year(2000).Days.FirstOrDefault(day => day.Date.Month == 9 && day.Date.Day != 2 && day.Kind == CalendarDayKind.Holiday));
    }

    [Fact]
    public void KnownYears_LunarDates_MatchTheLunisolarCalendarExceptWhereVietnamDiffers()
    {
        // Vietnam's lunar calendar is reckoned at UTC+7, China's at UTC+8: Tết Đinh Hợi fell on 17/02/2007 here, 18/02 there.
        var vietnamDiffers = new Dictionary<int, DateOnly> { [2007] = new(2007, 2, 17) };
        var chinese = new ChineseLunisolarCalendar();
        foreach (var year in Calendar.KnownYears)
        {
            var newYear = DateOnly.FromDateTime(chinese.ToDateTime(year.Year, 1, 1, 0, 0, 0, 0));
            var leap = chinese.GetLeapMonth(year.Year);
            var third = leap is > 0 and <= 3 ? 4 : 3;
            var hung = DateOnly.FromDateTime(chinese.ToDateTime(year.Year, third, 10, 0, 0, 0, 0));

            Assert.Equal(vietnamDiffers.GetValueOrDefault(year.Year, newYear), year.LunarNewYear);
            if (year.Year >= 2007)
            {
                Assert.Equal(hung, year.HungKings);
            }
        }
    }

    [Fact]
    public void KnownYears_TetBreak_HoldsTheLegalNumberOfWorkingDaysOff()
    {
        foreach (var year in Calendar.KnownYears)
        {
            var (from, to) = year.Tet!.Value;
            var off = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
                .Count(day => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

            Assert.Equal(year.Year <= 2013 ? 4 : 5, off);
        }
    }

    [Theory]
    [InlineData("""{ "years": [ { "year": 2025, "confirmed": true, "source": "x", "lunarNewYear": "2025-01-29", "tet": { "from": "2025-01-30", "to": "2025-02-05" }, "hungKings": "2025-04-07", "nationalDaySecond": "2025-09-01", "swaps": [] } ] }""", "do not span the lunar new year")]
    [InlineData("""{ "years": [ { "year": 2025, "confirmed": true, "source": "x", "lunarNewYear": "2025-01-29", "tet": { "from": "2025-01-25", "to": "2025-02-03" }, "hungKings": "2025-04-07", "nationalDaySecond": "2025-09-01", "swaps": [] } ] }""", "hold 6 working days off, not the 5 of the law")]
    [InlineData("""{ "years": [ { "year": 2020, "confirmed": true, "source": "x", "lunarNewYear": "2020-01-25", "tet": { "from": "2020-01-23", "to": "2020-01-29" }, "hungKings": "2020-04-02", "nationalDaySecond": "2020-09-03", "swaps": [] } ] }""", "second day from 2021")]
    [InlineData("""{ "years": [ { "year": 2025, "confirmed": true, "source": "x", "lunarNewYear": "2025-01-29", "tet": { "from": "2025-01-25", "to": "2025-02-02" }, "hungKings": "2025-04-07", "nationalDaySecond": "2025-09-01", "swaps": [ { "off": "2025-04-26", "work": "2025-05-02" } ] } ] }""", "a swap gives a weekday off")]
    [InlineData("""{ "years": [ { "year": 2006, "confirmed": false, "source": "x", "lunarNewYear": "2006-01-29", "tet": { "from": "2006-01-28", "to": "2006-02-02" }, "hungKings": "2006-04-07", "nationalDaySecond": null, "swaps": [] } ] }""", "from 2007 on")]
    public void Load_InconsistentYear_IsRefused(string json, string problem)
    {
        var error = Assert.Throws<RuleDataException>(() => WorkingDayCalendar.Load(json));

        Assert.Contains(error.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }
}
