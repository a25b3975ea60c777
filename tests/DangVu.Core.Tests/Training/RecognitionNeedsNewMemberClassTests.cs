using DangVu.Core.Admission;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;

namespace DangVu.Core.Tests.Training;

public sealed class RecognitionNeedsNewMemberClassTests
{
    private static readonly RuleBook Book = RuleBook.Default;
    private static readonly DateOnly Ceremony = new(2025, 3, 3);
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Judge_RecognitionVoteWithoutTheNewMemberClass_IsRefusedNamingTheRule()
    {
        var judged = AdmissionJudge.Judge(Facts(null), Vote(new(2026, 3, 10)), Book, WorkingDayCalendar.Default);

        var refusal = Assert.Single(judged.Refusals);
        Assert.StartsWith("Đảng viên dự bị chưa hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới.", refusal, StringComparison.Ordinal);
        Assert.EndsWith("(chưa xác nhận).", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_ClassCompletedAfterProbationEnded_IsRecordedWithAWarning_WithinProbationWithout()
    {
        var late = AdmissionJudge.Judge(Facts(new(2026, 3, 5)), Vote(new(2026, 3, 10)), Book, WorkingDayCalendar.Default);
        var inTime = AdmissionJudge.Judge(Facts(new(2025, 9, 5)), Vote(new(2026, 3, 10)), Book, WorkingDayCalendar.Default);

        Assert.True(late.Completes);
        Assert.Contains(late.Warnings, w => w.Contains("sau khi hết thời gian dự bị (03/03/2026)", StringComparison.Ordinal));
        Assert.True(inTime.Completes);
        Assert.Empty(inTime.Warnings);
    }

    private static CaseFacts Facts(DateOnly? newMemberClass) =>
        new(new DateOnly(1995, 1, 1), AdmissionStep.NewMemberClass, newMemberClass ?? Ceremony.AddMonths(6), new(2024, 6, 1), Ceremony.AddDays(-5), Ceremony, 0, Today, newMemberClass);

    private static StepInput Vote(DateOnly on) =>
        new(AdmissionStep.RecognitionCellVote, on, AdmissionJudge.Documents(Book, AdmissionStep.RecognitionCellVote, on), new VoteCount(9, 0, 9));
}
