using DangVu.Core.Meetings;
using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Meetings;
using DangVu.Data.Members;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Meetings;

public sealed class MeetingOversightTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ReviewAsync_ACellWithoutAThematicMeetingInTheQuarter_IsFlaggedAndWeak_LateDocumentsAreFlagged(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);
        // Khoa Nội: regular meetings in January and February only. Khoa Ngoại: every month, the thematic session in March,
        // but March's documents went up on the day of the meeting.
        await HoldAsync(cell, cell.Cell.Id, new(2026, 1, 6), MeetingKind.Regular);
        await HoldAsync(cell, cell.Cell.Id, new(2026, 2, 5), MeetingKind.Regular);
        await HoldAsync(cell, cell.OtherCell.Id, new(2026, 1, 7), MeetingKind.Regular);
        await HoldAsync(cell, cell.OtherCell.Id, new(2026, 2, 6), MeetingKind.Regular);
        await HoldAsync(cell, cell.OtherCell.Id, new(2026, 3, 5), MeetingKind.Combined, postedAt: new DateTimeOffset(2026, 3, 5, 1, 0, 0, TimeSpan.Zero));
        cell.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 10, 2, 0, 0, TimeSpan.Zero));

        var review = await cell.WithAsync(s => s.GetRequiredService<MeetingOversight>().ReviewAsync(
            [OrganizationPath.Root], new(2026, 1, 1), new(2026, 3, 31), new(2026, 4, 10), Cancel));

        var noi = review.Cells.Single(c => c.Id == cell.Cell.Id);
        var ngoai = review.Cells.Single(c => c.Id == cell.OtherCell.Id);
        Assert.Equal([MeetingFlagKind.SkippedMonth, MeetingFlagKind.NoThematicMeeting], noi.Flags.Select(f => f.Kind));
        Assert.Equal(["Không sinh hoạt chuyên đề 1 quý"], noi.WeakReasons);
        Assert.Equal([MeetingFlagKind.LateDocuments], ngoai.Flags.Select(f => f.Kind));
        Assert.False(ngoai.IsWeak);
        Assert.Equal([noi.Id], review.WeakCells.Select(c => c.Id));
        Assert.Equal((5, 1), (review.Held, review.ThematicHeld));
        Assert.Equal([2, 2, 1], review.Months.Select(m => m.Held));
        Assert.Equal([0, 0, 3], review.Months.Select(m => m.Flags));
        Assert.Equal(1, review.FlagCounts.Single(c => c.Kind == MeetingFlagKind.LateDocuments).Count);
        // A subtree of one cell sees only its own.
        var own = await cell.WithAsync(s => s.GetRequiredService<MeetingOversight>().ReviewAsync(
            [cell.OtherCell.Path], new(2026, 1, 1), new(2026, 3, 31), new(2026, 4, 10), Cancel));
        Assert.Equal([cell.OtherCell.Id], own.Cells.Select(c => c.Id));
        Assert.Equal(3, own.Held);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ForMemberAsync_NextMeetingsWithDocuments_EvenWhenJoinedAfterPlanning_AndOwnHistory(DatabaseProvider provider)
    {
        await using var cell = await MeetingCell.CreateAsync(provider);
        await HoldAsync(cell, cell.Cell.Id, new(2026, 2, 5), MeetingKind.Regular);
        var next = (await cell.WithAsync(s => s.GetRequiredService<MeetingScheduling>().CreateAsync(
            new NewMeeting(cell.Cell.Id, new(2026, 3, 16), new TimeOnly(14, 0), MeetingKind.Regular, "Sinh hoạt tháng 3"), Cancel))).Meeting!;
        await cell.WithAsync(s => s.GetRequiredService<MeetingDocuments>().PostAsync(next.Id, 0, "Dự thảo nghị quyết tháng 3", "Toàn văn…", cancellationToken: Cancel));
        var joined = await cell.WithAsync(async s => (await s.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember("Mai Thị Lan", new(1995, 5, 5), Gender.Female, cell.Cell.Id, new(2026, 3, 2), null), cancellationToken: Cancel)).Member!.Id);

        var (upcoming, history) = await cell.WithAsync(s => s.GetRequiredService<MeetingQueries>().ForMemberAsync(cell.Members["Lê Văn An"], new(2026, 3, 10), Cancel));
        var (newcomer, _) = await cell.WithAsync(s => s.GetRequiredService<MeetingQueries>().ForMemberAsync(joined, new(2026, 3, 10), Cancel));
        var reply = await cell.WithAsync(s => s.GetRequiredService<MemberReplies>().ReplyAsync(next.Id, joined, 0, attending: true, null, Cancel));
        var (away, _) = await cell.WithAsync(s => s.GetRequiredService<MeetingQueries>().ForMemberAsync(cell.Members["Ngô Văn Em"], new(2026, 3, 10), Cancel));

        var coming = Assert.Single(upcoming);
        Assert.Equal("Dự thảo nghị quyết tháng 3", Assert.Single(coming.Meeting.Documents).Title);
        Assert.Equal(AttendanceExpectation.Expected, coming.Expectation);
        Assert.Equal(AttendanceMark.Present, Assert.Single(history).Invitation!.Mark);
        Assert.Null(Assert.Single(newcomer).Invitation);
        Assert.Equal(MemberReply.WillAttend, reply.Invitation!.Reply);
        Assert.Empty(away);
    }

    private static async Task HoldAsync(MeetingCell cell, Guid cellId, DateOnly date, MeetingKind kind, DateTimeOffset? postedAt = null)
    {
        var meeting = (await cell.WithAsync(s => s.GetRequiredService<MeetingScheduling>().CreateAsync(new NewMeeting(cellId, date, new TimeOnly(8, 0), kind, null), Cancel))).Meeting!;
        var version = 0;
        if (postedAt is { } at)
        {
            await cell.WithAsync(s => s.GetRequiredService<MeetingDocuments>().PostAsync(meeting.Id, version++, "Tài liệu sinh hoạt", null, at, Cancel));
        }

        var marks = meeting.Invitations.Select(i => new AttendanceEntry(i.MemberId, AttendanceMark.Present, null, true)).ToList();
        Assert.Empty((await cell.WithAsync(s => s.GetRequiredService<MeetingAttendanceRecording>().RecordAsync(meeting.Id, version++, marks, Cancel))).Refusals);
        var closed = await cell.WithAsync(s => s.GetRequiredService<MeetingClosing>().CloseAsync(meeting.Id, version, new CloseMeeting(150, null, 0, null, null, null, []), Cancel));
        Assert.Empty(closed.Refusals);
    }
}
