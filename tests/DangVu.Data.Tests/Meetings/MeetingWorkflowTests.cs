using DangVu.Core.Meetings;
using DangVu.Data.Infrastructure;
using DangVu.Data.Meetings;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Meetings;

public sealed class MeetingWorkflowTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CreateAsync_InvitesByStatusOnTheMeetingDay_ExemptedOptional_AwayAndLeaversNot(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);

        var march = await CreateAsync(cell, new DateOnly(2026, 3, 10));
        // In December 2025 the member now away was still in the cell; the probationary member admitted in September already was.
        var december = await CreateAsync(cell, new DateOnly(2025, 12, 5));

        Assert.Equal(
            [("Lê Văn An", AttendanceExpectation.Expected), ("Trần Thị Bình", AttendanceExpectation.Expected), ("Phạm Văn Cường", AttendanceExpectation.Expected),
             ("Võ Thị Dung", AttendanceExpectation.Optional), ("Hồ Văn Hải", AttendanceExpectation.Expected)],
            Invitations(march));
        Assert.Equal(4, march.Expected);
        Assert.Contains(("Ngô Văn Em", AttendanceExpectation.Expected), Invitations(december));
        Assert.DoesNotContain(Invitations(december), i => i.Name == "Đỗ Thị Giang");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordAndClose_ExemptedMemberAwayIsNotAbsent_ShortMeetingWarns_RatingIsRequired_TrackedDecisionBecomesTheCellsTask(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);
        var meeting = await CreateAsync(cell, new DateOnly(2026, 3, 10));
        var marks = new[]
        {
            Mark(cell, "Lê Văn An", AttendanceMark.Present), Mark(cell, "Trần Thị Bình", AttendanceMark.Present),
            Mark(cell, "Phạm Văn Cường", AttendanceMark.Present), Mark(cell, "Hồ Văn Hải", AttendanceMark.ExcusedAbsence, "Đi công tác"),
            Mark(cell, "Võ Thị Dung", AttendanceMark.NotTaken),
        };

        var recorded = await cell.WithAsync(s => s.GetRequiredService<MeetingAttendanceRecording>().RecordAsync(meeting.Id, 0, marks, Cancel));
        var unrated = await cell.WithAsync(s => s.GetRequiredService<MeetingClosing>().CloseAsync(meeting.Id, 1, Close(75, quality: null), Cancel));
        var closed = await cell.WithAsync(s => s.GetRequiredService<MeetingClosing>().CloseAsync(meeting.Id, 1, Close(75, quality: 1), Cancel));
        var stale = await cell.WithAsync(s => s.GetRequiredService<MeetingClosing>().CloseAsync(meeting.Id, 1, Close(95, quality: 0), Cancel));

        Assert.Equal((4, 3), (recorded.Meeting!.Expected, recorded.Meeting.PresentOfExpected));
        Assert.Contains("Hãy tự đánh giá chất lượng buổi sinh hoạt (Tốt, Khá, Trung bình, Kém)", Assert.Single(unrated.Refusals), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Held, closed.Meeting!.Status);
        Assert.Equal("quy-dinh-366-2025", closed.Meeting.RuleSetId);
        Assert.Contains("75 phút, dưới 90 phút", Assert.Single(closed.Warnings), StringComparison.Ordinal);
        Assert.True(stale.Conflict);
        var stored = await cell.WithAsync(s => s.GetRequiredService<MeetingQueries>().FindAsync(meeting.Id, Cancel));
        Assert.Equal([(1, "Tăng cường công tác phát triển đảng viên", true), (2, "Thu đảng phí đúng hạn", false)],
            stored!.Decisions.Select(d => (d.Number, d.Text, d.TrackAsTask)));
        Assert.Equal(AttendanceMark.NotTaken, stored.Invitations.Single(i => i.FullName == "Võ Thị Dung").Mark);
        Assert.Equal("Đi công tác", stored.Invitations.Single(i => i.FullName == "Hồ Văn Hải").AbsenceReason);
        Assert.Equal(1, stored.QualityLevel);
        var context = cell.Services.CreateScope().ServiceProvider.GetRequiredService<DangVuDbContext>();
        Assert.Null(stored.Decisions.Single(d => d.Number == 2).FollowUpTaskId);
        var taskId = stored.Decisions.Single(d => d.Number == 1).FollowUpTaskId;
        var task = await context.FollowUpTasks.SingleAsync(t => t.Id == taskId, Cancel);
        Assert.Equal((stored.OrganizationId, stored.OrganizationId, "Tăng cường công tác phát triển đảng viên", new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 10)),
            (task.LeadOrganizationId, task.IssuingOrganizationId, task.SourceText, task.SourceDate!.Value, task.DueOn));
        Assert.Equal("Nghị quyết chi bộ ngày 10/03/2026", task.SourceNumberSymbol);
        Assert.Equal(1, await context.FollowUpTasks.CountAsync(Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(MeetingDecision), Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(CellMeeting) && e.Action == "update", Cancel));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CloseAsync_AMemberWhoHadToAttendNotMarked_IsRefused(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);
        var meeting = await CreateAsync(cell, new DateOnly(2026, 3, 10));

        var refused = await cell.WithAsync(s => s.GetRequiredService<MeetingClosing>().CloseAsync(meeting.Id, 0, Close(120, 0), Cancel));

        Assert.Equal("Còn 4 đảng viên phải dự chưa được điểm danh (Lê Văn An, Trần Thị Bình, Phạm Văn Cường, Hồ Văn Hải).", Assert.Single(refused.Refusals));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ReplyAsync_MemberSendsAReasonBeforeTheStart_SecretarySeesIt_LateOrStaleOrForeignRepliesAreRefused(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);
        var meeting = await CreateAsync(cell, new DateOnly(2026, 3, 12));
        var hai = cell.Members["Hồ Văn Hải"];

        var blank = await Reply(cell, meeting.Id, hai, 0, attending: false, reason: " ");
        var sent = await Reply(cell, meeting.Id, hai, 0, attending: false, reason: "Trực cấp cứu ở khoa");
        var stale = await Reply(cell, meeting.Id, hai, 0, attending: true, reason: null);
        var foreign = await Reply(cell, meeting.Id, cell.Members["Lý Thị Khánh"], 0, attending: true, reason: null);
        cell.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 1, 0, 0, TimeSpan.Zero));
        var late = await Reply(cell, meeting.Id, cell.Members["Lê Văn An"], 0, attending: true, reason: null);
        var recorded = await cell.WithAsync(s => s.GetRequiredService<MeetingAttendanceRecording>().RecordAsync(
            meeting.Id, 0, [Mark(cell, "Hồ Văn Hải", AttendanceMark.ExcusedAbsence)], Cancel));

        Assert.Equal("Hãy ghi lý do vắng mặt.", blank.Refusal);
        Assert.Equal(MemberReply.WillBeAbsent, sent.Invitation!.Reply);
        Assert.True(stale.Conflict);
        Assert.True(foreign.NotFound);
        Assert.Equal("Buổi sinh hoạt đã bắt đầu; hãy báo trực tiếp với bí thư chi bộ.", late.Refusal);
        // Marked absent with a reason left blank: the member's own reason is kept.
        Assert.Equal("Trực cấp cứu ở khoa", recorded.Meeting!.Invitations.Single(i => i.MemberId == hai).AbsenceReason);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task PostAsync_OnTheMeetingDay_IsRecordedWithALateWarning_TheDayBeforeItIsNot(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);
        var tomorrow = await CreateAsync(cell, new DateOnly(2026, 3, 11));
        var today = await CreateAsync(cell, new DateOnly(2026, 3, 10));

        var onTime = await cell.WithAsync(s => s.GetRequiredService<MeetingDocuments>().PostAsync(tomorrow.Id, 0, "Dự thảo nghị quyết tháng 3", "Nội dung…", cancellationToken: Cancel));
        var late = await cell.WithAsync(s => s.GetRequiredService<MeetingDocuments>().PostAsync(today.Id, 0, "Báo cáo chuyên đề", null, cancellationToken: Cancel));

        Assert.Empty(onTime.Warnings);
        Assert.Contains("tài liệu đăng muộn (“Báo cáo chuyên đề” đăng ngày 10/03/2026); hạn đăng là ngày 09/03/2026", Assert.Single(late.Warnings), StringComparison.Ordinal);
        Assert.Equal(1, late.Meeting!.Version);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task PlanYearAsync_AddsTheRestOfTheYearOnce_AndSecondSameDayMeetingIsRefused(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);

        var (added, refusals) = await cell.WithAsync(s => s.GetRequiredService<MeetingScheduling>().PlanYearAsync(cell.Cell.Id, 2026, MeetingPlanOptions.Default, new TimeOnly(8, 0), cancellationToken: Cancel));
        var (again, _) = await cell.WithAsync(s => s.GetRequiredService<MeetingScheduling>().PlanYearAsync(cell.Cell.Id, 2026, MeetingPlanOptions.Default, new TimeOnly(8, 0), cancellationToken: Cancel));
        var sameDay = await cell.WithAsync(s => s.GetRequiredService<MeetingScheduling>().CreateAsync(
            new NewMeeting(cell.Cell.Id, added[1].Date, new TimeOnly(14, 0), MeetingKind.Thematic, "Học tập nghị quyết"), Cancel));
        var past = await cell.WithAsync(s => s.GetRequiredService<MeetingScheduling>().PlanYearAsync(cell.Cell.Id, 2025, MeetingPlanOptions.Default, new TimeOnly(8, 0), cancellationToken: Cancel));

        Assert.Empty(refusals);
        // From 10/03/2026: March's 5th has passed, so April to December, with the thematic sessions in June, September and
        // December; the first quarter still needs its thematic meeting, a week after the 5th.
        Assert.Equal((new DateOnly(2026, 3, 12), MeetingKind.Thematic), (added[0].Date, added[0].Kind));
        Assert.Equal(Enumerable.Range(4, 9), added.Skip(1).Select(m => m.Date.Month));
        Assert.Equal([6, 9, 12], added.Where(m => m.Kind == MeetingKind.Combined).Select(m => m.Date.Month));
        Assert.All(added, m => Assert.Equal(5, m.Invitations.Count));
        Assert.Empty(again);
        Assert.StartsWith("Chi bộ đã có buổi sinh hoạt ngày", Assert.Single(sameDay.Refusals), StringComparison.Ordinal);
        Assert.Equal("Chỉ lập kế hoạch cho năm 2026 hoặc năm 2027.", Assert.Single(past.Refusals));
    }

    private static async Task<CellMeeting> CreateAsync(MeetingCell cell, DateOnly date)
    {
        var outcome = await cell.WithAsync(s => s.GetRequiredService<MeetingScheduling>().CreateAsync(
            new NewMeeting(cell.Cell.Id, date, new TimeOnly(8, 0), MeetingKind.Regular, null, "Đánh giá tháng\nNhiệm vụ tháng tới"), Cancel));
        Assert.Empty(outcome.Refusals);
        return outcome.Meeting!;
    }

    private static List<(string Name, AttendanceExpectation Expectation)> Invitations(CellMeeting meeting) =>
        [.. meeting.Invitations.OrderBy(i => i.FullName, Core.Text.PersonNames.Comparer).Select(i => (i.FullName, i.Expectation))];

    private static AttendanceEntry Mark(MeetingCell cell, string name, AttendanceMark mark, string? reason = null) =>
        new(cell.Members[name], mark, reason, DuesPaid: mark == AttendanceMark.Present);

    private static CloseMeeting Close(int minutes, int? quality) => new(
        minutes, 450_000, quality, "Lê Văn An", "Trần Thị Bình", "Chi bộ đánh giá kết quả tháng 2.",
        [new("Tăng cường công tác phát triển đảng viên", true), new("Thu đảng phí đúng hạn", false), new(" ", false)]);

    private static Task<ReplyOutcome> Reply(MeetingCell cell, Guid meetingId, Guid memberId, int version, bool attending, string? reason) =>
        cell.WithAsync(s => s.GetRequiredService<MemberReplies>().ReplyAsync(meetingId, memberId, version, attending, reason, Cancel));
}
