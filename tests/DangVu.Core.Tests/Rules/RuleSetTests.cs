using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;

namespace DangVu.Core.Tests.Rules;

public sealed class RuleSetTests
{
    private static readonly RuleSet Now = RuleBook.Default.On(new(2026, 6, 22));

    [Theory]
    [InlineData("2008-06-22", "2026-06-21", 215)]
    [InlineData("2008-06-22", "2026-06-22", 216)]
    [InlineData("2008-01-31", "2008-02-29", 1)]
    [InlineData("2008-01-31", "2008-02-28", 0)]
    [InlineData("2008-02-29", "2026-02-28", 216)]
    [InlineData("2008-03-31", "2008-04-30", 1)]
    [InlineData("2008-05-22", "2008-05-21", 0)]
    public void AgeInMonths_CountsWholeMonths_EndOfMonthAsTheCivilCode(string birth, string on, int months)
    {
        Assert.Equal(months, RuleSet.AgeInMonths(Date(birth), Date(on)));
    }

    [Fact]
    public void IsOldEnough_17Years11MonthsOnTheCellsDate_IsRefusedNamingTheRule()
    {
        var birth = new DateOnly(2008, 6, 22);
        var considered = new DateOnly(2026, 6, 21);

        Assert.False(Now.IsOldEnough(birth, considered));
        Assert.Equal(AdmissionAgeCheck.TooYoung, Now.CheckAge(birth, considered));
        Assert.Equal(
            "Ngày 21/06/2026 chi bộ xét, người vào Đảng mới 17 tuổi 11 tháng (215 tháng), chưa đủ 18 tuổi (216 tháng). "
            + "Quy định: tuổi đời khi chi bộ xét kết nạp — Hướng dẫn 06-HD/TW ngày 09/06/2025.",
            Now.AgeRefusal(birth, considered));
    }

    [Fact]
    public void IsOldEnough_18OnTheCellsDate_Passes()
    {
        var birth = new DateOnly(2008, 6, 22);
        var considered = new DateOnly(2026, 6, 22);

        Assert.True(Now.IsOldEnough(birth, considered));
        Assert.Equal(AdmissionAgeCheck.Eligible, Now.CheckAge(birth, considered));
        Assert.Null(Now.AgeRefusal(birth, considered));
    }

    [Fact]
    public void AgeRefusal_InTheSeedEra_SaysTheRuleIsUnconfirmed()
    {
        var seedEra = RuleBook.Default.On(new(2008, 5, 22));

        Assert.EndsWith("Hướng dẫn 01-HD/TW (2021) (chưa xác nhận).", seedEra.AgeRefusal(new(1990, 6, 1), new(2008, 5, 22)), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAge_Over60Years_NeedsApprovalNotRefusal()
    {
        var birth = new DateOnly(1966, 1, 10);

        Assert.Equal(AdmissionAgeCheck.Eligible, Now.CheckAge(birth, new(2026, 1, 10)));
        Assert.Equal(AdmissionAgeCheck.NeedsApproval, Now.CheckAge(birth, new(2026, 2, 10)));
        Assert.Null(Now.AgeRefusal(birth, new(2026, 2, 10)));
        Assert.Contains("tỉnh uỷ, thành uỷ", Now.AdmissionAge.Value.OlderNeedsApprovalOf, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, 9, 0, true)]
    [InlineData(5, 8, 0, false)]
    [InlineData(2, 3, 0, true)]
    [InlineData(1999, 3000, 0, false)]
    [InlineData(2000, 3000, 0, true)]
    [InlineData(6, 10, 1, true)]
    [InlineData(6, 10, 0, false)]
    [InlineData(0, 0, 0, false)]
    public void CellVotePasses_TwoThirdsOfOfficialMembersPresentInTheCell_IsExact(int inFavour, int official, int away, bool passes)
    {
        Assert.Equal(passes, Now.CellVotePasses(inFavour, official, away));
    }

    [Fact]
    public void CommitteeVotePasses_ExactlyTwoThirds_Passes()
    {
        Assert.True(Now.CommitteeVotePasses(4, 6));
        Assert.False(Now.CommitteeVotePasses(3, 5));
    }

    [Fact]
    public void Fraction_Maximum_RoundsDown()
    {
        Assert.Equal(2, new Fraction(1, 5).MaximumOf(12));
        Assert.Equal(0, new Fraction(1, 5).MaximumOf(4));
        Assert.Equal("20%", new Fraction(1, 5).ToVietnamese());
        Assert.Equal("2/3", Fraction.TwoThirds.ToVietnamese());
        Assert.Equal(3, Now.MaximumExcellent(15));
        Assert.Null(RuleBook.Default.On(new(2008, 12, 1)).MaximumExcellent(15));
    }

    [Fact]
    public void IsCertificateValid_For60Months_FromTheDayIssued()
    {
        var issued = new DateOnly(2021, 3, 15);

        Assert.Equal(new DateOnly(2026, 3, 14), Now.CertificateValidThrough(issued));
        Assert.True(Now.IsCertificateValid(issued, new(2026, 3, 14)));
        Assert.False(Now.IsCertificateValid(issued, new(2026, 3, 15)));
        Assert.False(Now.IsCertificateValid(issued, new(2021, 3, 14)));
    }

    [Fact]
    public void CeremonyDeadline_30WorkingDays_SkipsHolidaysAndCountsTheSwappedSaturday()
    {
        // 01/04/2025: Giỗ Tổ on 07/04, Saturday 26/04 worked, 30/04–02/05 off.
        var decided = new DateOnly(2025, 4, 1);

        Assert.Equal(new DateOnly(2025, 5, 16), RuleBook.Default.On(decided).CeremonyDeadline(decided, WorkingDayCalendar.Default));
    }

    [Fact]
    public void RecognitionDeadline_DatesFromTheEndOfProbation()
    {
        var admitted = new DateOnly(2025, 1, 10);
        var set = RuleBook.Default.On(admitted);

        Assert.Equal(new DateOnly(2026, 1, 10), set.ProbationEnds(admitted));
        // Probation ends on Saturday 10/01/2026; 25 working days run 12/01–13/02, Tết is 14–22/02, then 5 more.
        Assert.Equal(new DateOnly(2026, 2, 27), set.RecognitionDeadline(admitted, WorkingDayCalendar.Default));
    }

    [Fact]
    public void RatingPoints_Level_FollowsTheScale()
    {
        var points = Now.RatingPoints.Value!;

        Assert.Equal(RatingLevel.Excellent, points.Level(90));
        Assert.Equal(RatingLevel.Good, points.Level(95, excellentTaskConditionsMet: false));
        Assert.Equal(RatingLevel.Good, points.Level(89.5m));
        Assert.Equal(RatingLevel.Completed, points.Level(50));
        Assert.Equal(RatingLevel.NotCompleted, points.Level(49.9m));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
