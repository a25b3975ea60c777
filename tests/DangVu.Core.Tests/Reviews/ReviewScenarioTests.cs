using DangVu.Core.Reviews;
using DangVu.Core.Rules;

namespace DangVu.Core.Tests.Reviews;

public sealed class ReviewScenarioTests
{
    private static readonly RuleBook Book = RuleBook.Default;
    private static readonly RuleSet Rules2025 = ReviewPeriods.RulesOf(Book, ReviewPeriodKind.Yearly, 2025, null);

    [Fact]
    public void ExcellentCap_TenGoodAndThreeExcellent_IsOverTheTwentyPercentCap()
    {
        var status = ExcellentCapStatus.Of(Rules2025, excellent: 3, good: 10);

        Assert.Equal(2, status.Maximum);
        Assert.True(status.IsOver);
        Assert.Contains("VƯỢT giới hạn 1 người", status.Describe(), StringComparison.Ordinal);
        Assert.Contains("20%", status.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExcellentCap_TenGoodAndTwoExcellent_IsWithinAndOneMoreIsOver()
    {
        var status = ExcellentCapStatus.Of(Rules2025, excellent: 2, good: 10);

        Assert.False(status.IsOver);
        Assert.True(status.WithOneMoreExcellent(wasGood: false).IsOver);
    }

    [Fact]
    public void ExcellentCap_In2008_DoesNotApply()
    {
        var rules = ReviewPeriods.RulesOf(Book, ReviewPeriodKind.Yearly, 2008, null);

        var status = ExcellentCapStatus.Of(rules, excellent: 5, good: 5);

        Assert.Null(status.Maximum);
        Assert.False(status.IsOver);
    }

    [Fact]
    public void RulesOf_A2008Review_UsesThe2008RuleSetsLevelNames()
    {
        var rules = ReviewPeriods.RulesOf(Book, ReviewPeriodKind.Yearly, 2008, null);

        Assert.Equal("huong-dan-20-2008", rules.Id);
        Assert.Equal("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", RatingScale.Name(rules, RatingLevel.Excellent));
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", RatingScale.Name(Rules2025, RatingLevel.Excellent));
        Assert.Null(RatingScale.LevelFor(rules, 95));
        Assert.All(rules.ReviewCriteria.Value.Criteria, c => Assert.Null(c.MaximumPoints));
    }

    [Theory]
    [InlineData(95, true, RatingLevel.Excellent)]
    [InlineData(95, false, RatingLevel.Good)]
    [InlineData(90, true, RatingLevel.Excellent)]
    [InlineData(89.5, true, RatingLevel.Good)]
    [InlineData(70, true, RatingLevel.Good)]
    [InlineData(69, true, RatingLevel.Completed)]
    [InlineData(49, true, RatingLevel.NotCompleted)]
    public void LevelFor_2025Points_FollowsTheScale(decimal points, bool conditions, RatingLevel expected) =>
        Assert.Equal(expected, RatingScale.LevelFor(Rules2025, points, conditions));

    [Fact]
    public void Criteria_2025_AddUpToOneHundredPoints() => Assert.Equal(100, Rules2025.ReviewCriteria.Value.MaximumPoints);

    [Fact]
    public void Refusal_QuarterlyIn2008_IsRefusedNamingTheRule_In2026Allowed()
    {
        Assert.Contains("chỉ đánh giá, xếp loại hằng năm", ReviewPeriods.Refusal(Book, ReviewPeriodKind.Quarterly, 2008, 4), StringComparison.Ordinal);
        Assert.Null(ReviewPeriods.Refusal(Book, ReviewPeriodKind.Quarterly, 2026, 1));
        Assert.Null(ReviewPeriods.Refusal(Book, ReviewPeriodKind.Yearly, 2008, null));
    }

    [Fact]
    public void Flags_OverdueTasksAndEveryoneGoodOrBetter_AreFlaggedWithAVietnameseExplanation()
    {
        var members = Enumerable.Range(1, 8).Select(i => Member($"Đảng viên {i}", i == 1 ? RatingLevel.Excellent : RatingLevel.Good, 80 + i)).ToList();

        var flags = InflationFlags.For(members, new OrganizationConduct(OverdueTasks: 3, SkippedMeetingMonths: 0), Rules2025);

        var flag = Assert.Single(flags, f => f.Kind == InflationFlagKind.GoodWhileConductPoor);
        Assert.False(flag.NoData);
        Assert.Contains("8/8 đảng viên (100%)", flag.Message, StringComparison.Ordinal);
        Assert.Contains("còn 3 nhiệm vụ quá hạn", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_ConductUnknown_SaysNoDataRatherThanPretend()
    {
        var members = Enumerable.Range(1, 5).Select(i => Member($"Đảng viên {i}", RatingLevel.Good, 70 + i)).ToList();

        var flag = Assert.Single(InflationFlags.For(members, OrganizationConduct.NoData, Rules2025));

        Assert.True(flag.NoData);
        Assert.Contains("chưa có dữ liệu", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_GoodConductOrMixedResults_AreNotFlagged()
    {
        var mixed = Enumerable.Range(1, 10).Select(i => Member($"Đảng viên {i}", i <= 7 ? RatingLevel.Good : RatingLevel.Completed, 60 + i)).ToList();
        var allGood = Enumerable.Range(1, 10).Select(i => Member($"Đảng viên {i}", RatingLevel.Good, 70 + i)).ToList();

        Assert.Empty(InflationFlags.For(mixed, new OrganizationConduct(5, 2), Rules2025));
        Assert.Empty(InflationFlags.For(allGood, new OrganizationConduct(0, 0), Rules2025));
    }

    [Fact]
    public void Flags_TwoLevelJump_NamesTheMember()
    {
        var members = new[]
        {
            Member("Trần Văn Nhảy", RatingLevel.Good, 75, previous: RatingLevel.NotCompleted),
            Member("Lê Thị Đều", RatingLevel.Good, 76, previous: RatingLevel.Completed),
            Member("Ngô Văn Thấp", RatingLevel.Completed, 60, previous: RatingLevel.Completed),
        };

        var flag = Assert.Single(InflationFlags.For(members, new OrganizationConduct(0, 0), Rules2025));

        Assert.Equal(InflationFlagKind.TwoLevelJump, flag.Kind);
        Assert.Equal(members[0].MemberId, flag.MemberId);
        Assert.StartsWith("Trần Văn Nhảy: từ “Không hoàn thành nhiệm vụ”", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_IdenticalPointsForEveryone_AreFlagged_DifferentPointsAreNot()
    {
        var same = Enumerable.Range(1, 4).Select(i => Member($"Đảng viên {i}", i == 4 ? RatingLevel.Completed : RatingLevel.Good, 85)).ToList();
        var different = Enumerable.Range(1, 4).Select(i => Member($"Đảng viên {i}", i == 4 ? RatingLevel.Completed : RatingLevel.Good, 80 + i)).ToList();

        var flag = Assert.Single(InflationFlags.For(same, new OrganizationConduct(0, 0), Rules2025));

        Assert.Equal(InflationFlagKind.IdenticalPoints, flag.Kind);
        Assert.Contains("Cả 4 đảng viên có điểm đều được 85 điểm", flag.Message, StringComparison.Ordinal);
        Assert.Empty(InflationFlags.For(different, new OrganizationConduct(0, 0), Rules2025));
    }

    [Fact]
    public void Flags_ExcellentWithoutEvidence_ListsWhatTheRulesAsk()
    {
        var members = new[]
        {
            new RatedMember(Guid.NewGuid(), "Phạm Văn Giỏi", RatingLevel.Excellent, 92, null, new ExcellentEvidence(92, 100, 10, null)),
            new RatedMember(Guid.NewGuid(), "Phạm Thị Đủ", RatingLevel.Excellent, 93, null, new ExcellentEvidence(93, 100, 40, "Chủ trì đề tài cấp tỉnh")),
            Member("Phạm Văn Khá", RatingLevel.Completed, 60),
        };

        var flag = Assert.Single(InflationFlags.For(members, new OrganizationConduct(0, 0), Rules2025));

        Assert.Equal(InflationFlagKind.ExcellentWithoutEvidence, flag.Kind);
        Assert.Contains("Tỷ lệ nhiệm vụ vượt mức 10%, cần ít nhất 30%", flag.Message, StringComparison.Ordinal);
        Assert.Contains("Chưa ghi thành tích nổi bật", flag.Message, StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn 43-HD/BTCTW", flag.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, 10, true)]
    [InlineData(5, 10, false)]
    [InlineData(5, 9, true)]
    public void RatingBallot_MoreThanHalf_PassesOnlyAboveHalf(int inFavour, int eligible, bool passes) =>
        Assert.Equal(passes, Rules2025.RatingBallot.Value.Passes(inFavour, eligible));

    [Theory]
    [InlineData(0, "2025-12-20", "2025-12-31", StepTimeliness.OnTime)]
    [InlineData(0, "2026-01-05", "2026-01-10", StepTimeliness.Late)]
    [InlineData(2, null, "2026-01-10", StepTimeliness.Overdue)]
    [InlineData(2, null, "2025-12-30", StepTimeliness.NotDue)]
    public void Timeliness_AgainstTheDeadline(int remaining, string? done, string today, StepTimeliness expected) =>
        Assert.Equal(expected, ReviewTimeliness.Of(new DateOnly(2025, 12, 31), remaining, done is null ? null : DateOnly.Parse(done, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void BallotCodes_HashIgnoresCaseAndDashes_AndCodesDiffer()
    {
        var code = BallotCodes.New();

        Assert.Equal(BallotCodes.Hash(code), BallotCodes.Hash(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.NotEqual(code, BallotCodes.New());
        Assert.Equal(64, BallotCodes.Hash(code).Length);
    }

    private static RatedMember Member(string name, RatingLevel level, decimal points, RatingLevel? previous = null) =>
        new(Guid.NewGuid(), name, level, points, previous, new ExcellentEvidence(points, 100, 40, "Thành tích"));
}
