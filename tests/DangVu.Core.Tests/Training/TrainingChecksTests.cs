using DangVu.Core.Members;
using DangVu.Core.Training;

namespace DangVu.Core.Tests.Training;

public sealed class TrainingChecksTests
{
    private static readonly DateOnly Start = new(2008, 11, 3);
    private static readonly DateOnly End = new(2008, 11, 7);

    [Fact]
    public void Plan_StudyWithoutItsResolution_SessionOutsideTheDates_AndEndBeforeStart_AreRefused()
    {
        var refusals = TrainingChecks.Plan(new ClassPlan(TrainingKind.ResolutionStudy, "Học tập Nghị quyết", " ", End, Start,
            [new SessionPlan(new(2008, 11, 10), "Chuyên đề 1")]));

        Assert.Contains("Lớp học tập nghị quyết phải ghi tên nghị quyết được học tập.", refusals);
        Assert.Contains("Ngày kết thúc (03/11/2008) sớm hơn ngày khai giảng (07/11/2008).", refusals);
        Assert.Contains(refusals, r => r.StartsWith("Buổi học ngày 10/11/2008 nằm ngoài thời gian của lớp", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_AwarenessClassWithSessionsInside_IsAccepted()
    {
        Assert.Empty(TrainingChecks.Plan(new ClassPlan(TrainingKind.Awareness, "Lớp nhận thức về Đảng khoá I", null, Start, End,
            [new SessionPlan(Start, "Bài 1"), new SessionPlan(End, "Bài 6")])));
    }

    [Fact]
    public void EnrolMember_OutsideTheOrganizer_OrOfficialInTheNewMemberClass_OrACandidateInAStudy_IsRefused()
    {
        var outside = TrainingChecks.EnrolMember(TrainingKind.ResolutionStudy, "Lê Văn Tám", false, "Đảng bộ Bệnh viện", MemberStatus.Official, Start);
        var official = TrainingChecks.EnrolMember(TrainingKind.NewMemberTheory, "Lê Văn Tám", true, "Đảng bộ Bệnh viện", MemberStatus.Official, Start);
        var candidate = TrainingChecks.EnrolCandidate(TrainingKind.ResolutionStudy, "Mai Thị Hoa", true, "Đảng bộ Bệnh viện", true);
        var accepted = TrainingChecks.EnrolMember(TrainingKind.NewMemberTheory, "Lê Văn Tám", true, "Đảng bộ Bệnh viện", MemberStatus.Probationary, Start);

        Assert.Equal("Lê Văn Tám không sinh hoạt trong Đảng bộ Bệnh viện, tổ chức mở lớp: chỉ ghi danh đảng viên thuộc tổ chức đó.", outside);
        Assert.Contains("không phải đảng viên dự bị", official, StringComparison.Ordinal);
        Assert.Contains("chỉ lớp bồi dưỡng nhận thức về Đảng ghi danh quần chúng ưu tú", candidate, StringComparison.Ordinal);
        Assert.Null(accepted);
    }

    [Fact]
    public void Certificate_BeforeTheClassEnded_WithoutAPass_OrWithoutANumber_IsRefused()
    {
        var refusals = TrainingChecks.Certificate("Mai Thị Hoa", TrainingResult.Pending, "", End.AddDays(-1), End, End.AddDays(30));
        var accepted = TrainingChecks.Certificate("Mai Thị Hoa", TrainingResult.Passed, "12/GCN", End, End, End);

        Assert.Equal(3, refusals.Count);
        Assert.Contains("Giấy chứng nhận của Mai Thị Hoa ghi ngày 06/11/2008, trước khi lớp kết thúc (07/11/2008): chỉ cấp khi lớp đã kết thúc.", refusals);
        Assert.Empty(accepted);
    }

    [Fact]
    public void AttendanceAndResult_BeforeTheirDay_AreRefused()
    {
        Assert.Equal("Buổi học ngày 07/11/2008 chưa diễn ra: chưa điểm danh được.", TrainingChecks.Attendance(End, Start));
        Assert.Null(TrainingChecks.Attendance(Start, Start));
        Assert.NotNull(TrainingChecks.Result(End, Start));
        Assert.Null(TrainingChecks.Result(End, End));
    }
}
