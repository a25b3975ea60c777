using DangVu.Core.Members;
using DangVu.Core.Rules;
using DangVu.Core.Training;

namespace DangVu.Core.Tests.Training;

public sealed class StudyObligationTests
{
    private static readonly RuleSet Rules2008 = RuleBook.Default.On(new DateOnly(2008, 12, 1));

    [Theory]
    [InlineData(MemberStatus.Official, MemberStatus.Official, StudyStanding.MustStudy)]
    [InlineData(MemberStatus.Probationary, MemberStatus.Official, StudyStanding.MustStudy)]
    [InlineData(MemberStatus.Exempted, MemberStatus.Exempted, StudyStanding.Exempt)]
    [InlineData(MemberStatus.TemporarilyAway, MemberStatus.Official, StudyStanding.Exempt)]
    [InlineData(MemberStatus.NotAdmitted, MemberStatus.Probationary, StudyStanding.NotOnRolls)]
    [InlineData(MemberStatus.Official, MemberStatus.TransferredOut, StudyStanding.NotOnRolls)]
    [InlineData(MemberStatus.Official, MemberStatus.Deceased, StudyStanding.NotOnRolls)]
    public void Of_StatusOnTheFirstAndLastDay_GivesTheStanding(MemberStatus first, MemberStatus last, StudyStanding expected)
    {
        Assert.Equal(expected, StudyObligation.Of(first, last, Rules2008));
    }

    [Fact]
    public void Of_ExemptionsChangedByALaterRuleSet_AMemberTemporarilyAwayIsExemptIn2008ButMustStudyIn2026()
    {
        var book = DatedRules.With("quy-dinh-294-2025", "studyExemptStatuses", """["Exempted"]""");

        var in2008 = StudyObligation.Of(MemberStatus.TemporarilyAway, MemberStatus.TemporarilyAway, book.On(new(2008, 12, 1)));
        var in2026 = StudyObligation.Of(MemberStatus.TemporarilyAway, MemberStatus.TemporarilyAway, book.On(new(2026, 3, 1)));
        var exempted2026 = StudyObligation.Of(MemberStatus.Exempted, MemberStatus.Exempted, book.On(new(2026, 3, 1)));

        Assert.Equal(StudyStanding.Exempt, in2008);
        Assert.Equal(StudyStanding.MustStudy, in2026);
        Assert.Equal(StudyStanding.Exempt, exempted2026);
    }

    [Fact]
    public void Load_AnOfficialMemberListedExempt_IsRefused()
    {
        var error = Assert.Throws<RuleDataException>(() => DatedRules.With("quy-dinh-294-2025", "studyExemptStatuses", """["Official"]"""));

        Assert.Contains(error.Problems, problem => problem.Contains("cannot be exempt", StringComparison.Ordinal));
    }

    [Fact]
    public void HasStudied_OnlyAPassInAnyClassCounts()
    {
        Assert.True(StudyObligation.HasStudied([TrainingResult.Failed, TrainingResult.Passed]));
        Assert.False(StudyObligation.HasStudied([TrainingResult.Failed, TrainingResult.Pending]));
        Assert.False(StudyObligation.HasStudied([]));
    }

    [Fact]
    public void CompletionCount_MissingAndRate_AddUp()
    {
        var count = new CompletionCount(8, 6, 1).Plus(new CompletionCount(2, 0, 0));

        Assert.Equal(4, count.Missing);
        Assert.Equal(0.6, count.Rate);
        Assert.Null(CompletionCount.None.Rate);
    }
}
