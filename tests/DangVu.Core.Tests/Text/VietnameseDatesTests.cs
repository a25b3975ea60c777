using System.Globalization;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Text;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData(2008, 5, 22, "22/05/2008")]
    [InlineData(2025, 1, 9, "09/01/2025")]
    [InlineData(1999, 12, 31, "31/12/1999")]
    public void Numeric_Date_DayMonthYearPadded(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDates.Numeric(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2008, 5, 22, "ngày 22 tháng 5 năm 2008")]
    [InlineData(2025, 1, 9, "ngày 9 tháng 1 năm 2025")]
    [InlineData(2007, 12, 30, "ngày 30 tháng 12 năm 2007")]
    public void Written_Date_DocumentStyleWithoutLeadingZeros(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDates.Written(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("22/05/2008")]
    [InlineData("22/5/2008")]
    [InlineData(" 22-05-2008 ")]
    [InlineData("22.05.2008")]
    [InlineData("2008-05-22")]
    public void TryParse_DayMonthYearOrIso_ReadsTheSameDate(string text)
    {
        Assert.True(VietnameseDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2008, 5, 22), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("05/22/2008")]
    [InlineData("31/02/2008")]
    [InlineData("22/05/08")]
    [InlineData("22 tháng 5 2008")]
    [InlineData("2008/05/22")]
    [InlineData("22/05/2008 00:00")]
    public void TryParse_NotADayMonthYearDate_IsRefused(string? text)
    {
        Assert.False(VietnameseDates.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_NumericOutput_ReadsBack()
    {
        var date = new DateOnly(1999, 1, 9);

        Assert.True(VietnameseDates.TryParse(VietnameseDates.Numeric(date), out var read));
        Assert.Equal(date, read);
    }

    [Theory]
    [InlineData("2008-05-22T07:30:00+00:00", "22/05/2008 14:30")]
    [InlineData("2008-05-21T20:15:00+00:00", "22/05/2008 03:15")]
    [InlineData("2008-12-31T17:00:00+00:00", "01/01/2009 00:00")]
    [InlineData("2008-05-22T09:30:00+02:00", "22/05/2008 14:30")]
    [InlineData("2008-05-22T14:30:00+07:00", "22/05/2008 14:30")]
    public void ShortDateTime_Moment_ShownInVietnamTime(string moment, string expected)
    {
        Assert.Equal(expected, VietnameseDates.ShortDateTime(DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2008-01-15T00:00:00+00:00")]
    [InlineData("2008-07-15T00:00:00+00:00")]
    public void VietnamTime_WinterAndSummer_SevenHoursAhead(string moment)
    {
        // Vietnam keeps no daylight saving, so the offset is the same all year.
        var offset = VietnameseDates.VietnamTime.GetUtcOffset(DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromHours(7), offset);
    }
}
