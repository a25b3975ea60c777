using DangVu.Core.Admission;
using DangVu.Core.Members;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;

namespace DangVu.Core.Tests.Admission;

public sealed class AdmissionJudgeTests
{
    private static readonly RuleBook Book = RuleBook.Default;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Judge_CellVoteAt17Years11Months_IsRefusedNamingTheAgeRuleAndItsSource()
    {
        var vote = new DateOnly(2026, 3, 10);
        var birth = vote.AddYears(-18).AddMonths(1);

        var judgement = AdmissionJudge.Judge(AtCellVote(birth, vote), CellVote(vote, 9, 0, 9), Book, Calendar);

        Assert.False(judgement.IsAccepted);
        var refusal = Assert.Single(judgement.Refusals);
        Assert.Contains("17 tuổi 11 tháng", refusal, StringComparison.Ordinal);
        Assert.Contains("tuổi đời khi chi bộ xét kết nạp", refusal, StringComparison.Ordinal);
        Assert.Contains(Book.On(vote).AdmissionAge.Source.Citation, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_CellVoteOnThe18thBirthday_Passes()
    {
        var vote = new DateOnly(2026, 3, 10);
        var birth = vote.AddYears(-18);

        var judgement = AdmissionJudge.Judge(AtCellVote(birth, vote), CellVote(vote, 9, 0, 9), Book, Calendar);

        Assert.Empty(judgement.Refusals);
        Assert.True(judgement.Completes);
    }

    [Fact]
    public void Judge_SameProfileIn2008And2026_IsJudgedByEachDatesRuleSet()
    {
        var vote2008 = new DateOnly(2008, 5, 22);
        var vote2026 = new DateOnly(2026, 5, 22);

        var judged2008 = AdmissionJudge.Judge(AtCellVote(vote2008.AddYears(-18).AddDays(1), vote2008), CellVote(vote2008, 9, 0, 9), Book, Calendar);
        var judged2026 = AdmissionJudge.Judge(AtCellVote(vote2026.AddYears(-18).AddDays(1), vote2026), CellVote(vote2026, 9, 0, 9), Book, Calendar);

        Assert.Equal("chi-thi-10-2007", judged2008.Rules!.Id);
        Assert.Equal("quy-dinh-366-2025", judged2026.Rules!.Id);
        // The same refusal, each citing the source in force on its own date (and 2008's marked unconfirmed).
        var refusal2008 = Assert.Single(judged2008.Refusals);
        var refusal2026 = Assert.Single(judged2026.Refusals);
        Assert.Contains(Book.On(vote2008).AdmissionAge.Source.Citation + " (chưa xác nhận)", refusal2008, StringComparison.Ordinal);
        Assert.Contains(Book.On(vote2026).AdmissionAge.Source.Citation, refusal2026, StringComparison.Ordinal);
        Assert.NotEqual(Book.On(vote2008).AdmissionAge.Source, Book.On(vote2026).AdmissionAge.Source);
    }

    [Theory]
    [InlineData(9, 0, 6, true)]
    [InlineData(8, 0, 5, false)]
    [InlineData(10, 1, 6, true)]
    [InlineData(10, 0, 6, false)]
    public void Judge_CellVote_PassesAtExactlyTwoThirdsOfOfficialMembersPresentAndFailsBelow(int members, int away, int inFavour, bool passes)
    {
        var vote = new DateOnly(2026, 3, 10);

        var judgement = AdmissionJudge.Judge(AtCellVote(new DateOnly(1990, 1, 1), vote), CellVote(vote, members, away, inFavour), Book, Calendar);

        Assert.True(judgement.IsAccepted);
        Assert.Equal(passes, judgement.VotePassed);
        Assert.Equal(passes, judgement.Completes);
        if (!passes)
        {
            Assert.Contains(judgement.Warnings, w => w.Contains("Biểu quyết không đạt", StringComparison.Ordinal) && w.Contains("Quy định 294-QĐ/TW", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Judge_ThirdFailedVote_SaysToReportToTheCommitteeAbove()
    {
        var vote = new DateOnly(2026, 3, 10);
        var facts = AtCellVote(new DateOnly(1990, 1, 1), vote) with { FailedVotes = 2 };

        var judgement = AdmissionJudge.Judge(facts, CellVote(vote, 9, 0, 5), Book, Calendar);

        Assert.Contains(judgement.Warnings, w => w.Contains("báo cáo cấp uỷ cấp trên", StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_ExpiredCertificate_IsRefusedAtTheCellVote()
    {
        var vote = new DateOnly(2026, 3, 10);
        var facts = AtCellVote(new DateOnly(1990, 1, 1), vote) with { CertificateIssuedOn = new DateOnly(2021, 3, 10) };

        var judgement = AdmissionJudge.Judge(facts, CellVote(vote, 9, 0, 9), Book, Calendar);

        var refusal = Assert.Single(judgement.Refusals);
        Assert.Contains("09/03/2026", refusal, StringComparison.Ordinal);
        Assert.Contains("giá trị của giấy chứng nhận", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_IntroducerProbationaryOrKnownUnderAYear_IsRefused()
    {
        var on = new DateOnly(2026, 2, 2);
        var facts = new CaseFacts(new DateOnly(1995, 1, 1), AdmissionStep.Application, on.AddDays(-10), on.AddMonths(-3), null, null, 0, Today);
        var input = new StepInput(AdmissionStep.Introducers, on, Documents(AdmissionStep.Introducers, on), Introducers:
        [
            new IntroducerFacts("Lê Văn Dự Bị", MemberStatus.Probationary, new DateOnly(2020, 1, 1)),
            new IntroducerFacts("Trần Thị Mới", MemberStatus.Official, on.AddMonths(-11)),
        ]);

        var judgement = AdmissionJudge.Judge(facts, input, Book, Calendar);

        Assert.Equal(2, judgement.Refusals.Count);
        Assert.Contains(judgement.Refusals, r => r.Contains("Lê Văn Dự Bị không phải đảng viên chính thức", StringComparison.Ordinal));
        Assert.Contains(judgement.Refusals, r => r.Contains("Trần Thị Mới mới cùng công tác với người vào Đảng 11 tháng", StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_MissingDocument_IsRefusedNamingIt()
    {
        var on = new DateOnly(2026, 2, 2);
        var facts = new CaseFacts(new DateOnly(1995, 1, 1), AdmissionStep.AwarenessClass, on.AddDays(-10), on.AddMonths(-3), null, null, 0, Today);

        var judgement = AdmissionJudge.Judge(facts, new StepInput(AdmissionStep.Application, on, ["Đơn xin vào Đảng"]), Book, Calendar);

        Assert.Contains("Lý lịch của người xin vào Đảng", Assert.Single(judgement.Refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_StepOutOfOrderOrInTheFuture_IsRefused()
    {
        var facts = new CaseFacts(new DateOnly(1995, 1, 1), AdmissionStep.Candidate, new DateOnly(2026, 1, 1), null, null, null, 0, Today);

        var skipped = AdmissionJudge.Judge(facts, new StepInput(AdmissionStep.Application, new(2026, 2, 1), []), Book, Calendar);
        var future = AdmissionJudge.Judge(facts, new StepInput(AdmissionStep.AwarenessClass, Today.AddDays(1), Documents(AdmissionStep.AwarenessClass, Today)), Book, Calendar);

        Assert.Contains("Bước tiếp theo của hồ sơ là “Lớp bồi dưỡng nhận thức về Đảng”", Assert.Single(skipped.Refusals), StringComparison.Ordinal);
        Assert.Contains("ở tương lai", Assert.Single(future.Refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_LateCeremony_IsRecordedWithAWarningNamingTheDeadline()
    {
        var decided = new DateOnly(2026, 1, 5);
        var deadline = AdmissionJudge.CeremonyDeadline(Book, Calendar, decided);
        var facts = new CaseFacts(new DateOnly(1995, 1, 1), AdmissionStep.Decision, decided, new(2025, 6, 1), decided, null, 0, Today);

        var onTime = AdmissionJudge.Judge(facts, new StepInput(AdmissionStep.Ceremony, deadline, Documents(AdmissionStep.Ceremony, deadline)), Book, Calendar);
        var late = AdmissionJudge.Judge(facts, new StepInput(AdmissionStep.Ceremony, deadline.AddDays(1), Documents(AdmissionStep.Ceremony, deadline)), Book, Calendar);

        Assert.Equal(Calendar.AddWorkingDays(decided, 30), deadline);
        Assert.Empty(onTime.Warnings);
        Assert.True(late.Completes);
        Assert.Contains("Lễ kết nạp", Assert.Single(late.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_RecognitionVoteBeforeProbationEnds_IsRefused_AndALateOneWarnsButOfficialDateIsTheEndOfProbation()
    {
        var ceremony = new DateOnly(2025, 3, 3);
        var ends = AdmissionJudge.ProbationEnds(Book, ceremony);
        var facts = new CaseFacts(new DateOnly(1995, 1, 1), AdmissionStep.NewMemberClass, ceremony.AddMonths(6), new(2024, 6, 1), ceremony.AddDays(-5), ceremony, 0, Today, ceremony.AddMonths(6));

        var early = AdmissionJudge.Judge(facts, RecognitionVote(ends.AddDays(-1)), Book, Calendar);
        var late = AdmissionJudge.Judge(facts, RecognitionVote(ends.AddMonths(4)), Book, Calendar);

        Assert.Equal(new DateOnly(2026, 3, 3), ends);
        Assert.Contains("Chưa hết thời gian dự bị", Assert.Single(early.Refusals), StringComparison.Ordinal);
        Assert.True(late.Completes);
        Assert.Contains("ngày chính thức vẫn là ngày hết dự bị 03/03/2026", Assert.Single(late.Warnings), StringComparison.Ordinal);
    }

    private static StepInput RecognitionVote(DateOnly on) =>
        new(AdmissionStep.RecognitionCellVote, on, Documents(AdmissionStep.RecognitionCellVote, on), new VoteCount(9, 0, 9));

    private static CaseFacts AtCellVote(DateOnly birth, DateOnly vote) =>
        new(birth, AdmissionStep.Opinions, vote.AddDays(-7), vote.AddMonths(-6), null, null, 0, Today);

    private static StepInput CellVote(DateOnly on, int members, int away, int inFavour) =>
        new(AdmissionStep.CellVote, on, Documents(AdmissionStep.CellVote, on), new VoteCount(members, away, inFavour));

    private static IReadOnlyCollection<string> Documents(AdmissionStep step, DateOnly on) => AdmissionJudge.Documents(Book, step, on);
}
