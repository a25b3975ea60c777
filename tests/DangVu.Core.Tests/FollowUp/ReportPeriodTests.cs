using DangVu.Core.FollowUp;

namespace DangVu.Core.Tests.FollowUp;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData(2008, 2, 29, ReportCadence.Monthly, "2008-02-01", "2008-02-29", "tháng 2/2008")]
    [InlineData(2008, 5, 22, ReportCadence.Quarterly, "2008-04-01", "2008-06-30", "quý II/2008")]
    [InlineData(2008, 12, 31, ReportCadence.Quarterly, "2008-10-01", "2008-12-31", "quý IV/2008")]
    [InlineData(2009, 1, 1, ReportCadence.Quarterly, "2009-01-01", "2009-03-31", "quý I/2009")]
    public void Containing_Dates_GiveTheirMonthOrQuarter(int year, int month, int day, ReportCadence cadence, string start, string end, string label)
    {
        var period = ReportPeriod.Containing(new(year, month, day), cadence);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(label, period.Label);
    }

    [Fact]
    public void Between_TheNoticesSevenMonths_AreJuneToDecemberAndTwoWholeQuarters()
    {
        var months = ReportPeriod.Between(new(2008, 5, 22), new(2008, 12, 31), ReportCadence.Monthly).ToList();
        var quarters = ReportPeriod.Between(new(2008, 5, 22), new(2008, 12, 31), ReportCadence.Quarterly).ToList();

        Assert.Equal(7, months.Count);
        Assert.Equal(new DateOnly(2008, 6, 1), months[0].Start);
        Assert.Equal(["quý III/2008", "quý IV/2008"], quarters.Select(q => q.Label));
        Assert.Empty(ReportPeriod.Between(new(2008, 5, 22), new(2008, 12, 31), ReportCadence.None));
    }

    [Fact]
    public void Between_APeriodStartingOnTheFirstDay_Counts()
    {
        Assert.Equal(3, ReportPeriod.Between(new(2008, 1, 1), new(2008, 3, 31), ReportCadence.Monthly).Count());
        Assert.Empty(ReportPeriod.Between(new(2008, 1, 2), new(2008, 1, 30), ReportCadence.Monthly));
    }
}
