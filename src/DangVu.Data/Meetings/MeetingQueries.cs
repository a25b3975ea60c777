using DangVu.Core.Meetings;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Meetings;

/// <summary>A meeting in a list, with its cell's name.</summary>
public sealed record MeetingSummary(CellMeeting Meeting, string OrganizationName, int DocumentCount);

/// <summary>A meeting as one member sees it: the meeting, its documents, and the member's own invitation (null when not yet made).</summary>
public sealed record MemberMeeting(CellMeeting Meeting, string OrganizationName, MeetingInvitation? Invitation, AttendanceExpectation Expectation);

/// <summary>Reading meetings: of a subtree over a period, one with everything, and one member's own.</summary>
public sealed class MeetingQueries(DangVuDbContext context, MeetingInvitationList invitations)
{
    /// <summary>How many past meetings a member's history shows.</summary>
    public const int MemberHistory = 24;

    /// <summary>Meetings of the cells under <paramref name="scopePaths"/> from <paramref name="from"/> to <paramref name="to"/>, latest first.</summary>
    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(
        IReadOnlyCollection<string> scopePaths, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var meetings = await context.CellMeetings.AsNoTracking()
            .Within(scopePaths, nameof(CellMeeting.OrganizationPath))
            .Where(m => m.Date >= from && m.Date <= to)
            .OrderByDescending(m => m.Date).ThenBy(m => m.OrganizationPath)
            .Select(m => new { Meeting = m, Documents = m.Documents.Count })
            .ToListAsync(cancellationToken);
        var names = await Names(meetings.Select(m => m.Meeting.OrganizationId), cancellationToken);
        return [.. meetings.Select(m => new MeetingSummary(m.Meeting, names.GetValueOrDefault(m.Meeting.OrganizationId, string.Empty), m.Documents))];
    }

    /// <summary>A meeting with its documents, invitations (in name order) and decisions; null when there is none.</summary>
    public async Task<CellMeeting?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var meeting = await context.CellMeetings.AsNoTracking()
            .Include(m => m.Documents).Include(m => m.Invitations).Include(m => m.Decisions)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is not null)
        {
            Sort(meeting);
        }

        return meeting;
    }

    /// <summary>
    /// A planned meeting's invitation list as it would be refreshed now (members who joined since planning included),
    /// each with the stored reply and mark when there is one. Held and cancelled meetings keep their stored list.
    /// </summary>
    public async Task<IReadOnlyList<MeetingInvitation>> CurrentInvitationsAsync(CellMeeting meeting, CancellationToken cancellationToken = default)
    {
        if (meeting.Status != MeetingStatus.Planned)
        {
            return meeting.Invitations;
        }

        var stored = meeting.Invitations.ToDictionary(i => i.MemberId);
        var current = await invitations.ForAsync(meeting.OrganizationId, meeting.Date, cancellationToken);
        var list = current.Select(invitee => stored.Remove(invitee.MemberId, out var kept)
            ? Copy(kept, invitee.Expectation)
            : new MeetingInvitation { MeetingId = meeting.Id, MemberId = invitee.MemberId, FullName = invitee.FullName, Expectation = invitee.Expectation }).ToList();
        // Those no longer in the cell but who answered or were marked stay listed, as the refresh keeps them.
        list.AddRange(stored.Values.Where(i => i.Reply != MemberReply.None || i.Mark != AttendanceMark.NotTaken));
        return list;
    }

    /// <summary>
    /// A member's meetings: those still to come (planned, from <paramref name="today"/>) of the cell they are in or are
    /// invited to, each with its documents; and the last <see cref="MemberHistory"/> held meetings they were invited to.
    /// </summary>
    public async Task<(IReadOnlyList<MemberMeeting> Upcoming, IReadOnlyList<MemberMeeting> History)> ForMemberAsync(
        Guid memberId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var cellId = await context.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => (Guid?)m.OrganizationId).SingleOrDefaultAsync(cancellationToken);
        var upcoming = await context.CellMeetings.AsNoTracking().Include(m => m.Documents)
            .Where(m => m.Status == MeetingStatus.Planned && m.Date >= today
                && (m.OrganizationId == cellId || m.Invitations.Any(i => i.MemberId == memberId)))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .ToListAsync(cancellationToken);
        var history = await context.CellMeetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Held && m.Invitations.Any(i => i.MemberId == memberId))
            .OrderByDescending(m => m.Date).Take(MemberHistory)
            .ToListAsync(cancellationToken);
        var ids = upcoming.Concat(history).Select(m => m.Id).ToList();
        var own = await context.MeetingInvitations.AsNoTracking().Where(i => i.MemberId == memberId && ids.Contains(i.MeetingId))
            .ToDictionaryAsync(i => i.MeetingId, cancellationToken);
        var names = await Names(upcoming.Concat(history).Select(m => m.OrganizationId), cancellationToken);
        var coming = new List<MemberMeeting>();
        foreach (var meeting in upcoming)
        {
            meeting.Documents.Sort((a, b) => a.PostedAt.CompareTo(b.PostedAt));
            var invitation = own.GetValueOrDefault(meeting.Id);
            var expectation = invitation?.Expectation
                ?? (await invitations.ForAsync(meeting.OrganizationId, meeting.Date, cancellationToken)).FirstOrDefault(i => i.MemberId == memberId)?.Expectation;
            if (expectation is { } invited)
            {
                coming.Add(new(meeting, names.GetValueOrDefault(meeting.OrganizationId, string.Empty), invitation, invited));
            }
        }

        return (coming, [.. history.Select(m => new MemberMeeting(m, names.GetValueOrDefault(m.OrganizationId, string.Empty), own[m.Id], own[m.Id].Expectation))]);
    }

    private async Task<Dictionary<Guid, string>> Names(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        return await context.Organizations.AsNoTracking().Where(o => distinct.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    private static MeetingInvitation Copy(MeetingInvitation kept, AttendanceExpectation expectation) => new()
    {
        Id = kept.Id,
        MeetingId = kept.MeetingId,
        MemberId = kept.MemberId,
        FullName = kept.FullName,
        Expectation = expectation,
        Reply = kept.Reply,
        ReplyReason = kept.ReplyReason,
        RepliedAt = kept.RepliedAt,
        Mark = kept.Mark,
        AbsenceReason = kept.AbsenceReason,
        DuesPaid = kept.DuesPaid,
        Version = kept.Version,
    };

    private static void Sort(CellMeeting meeting)
    {
        meeting.Documents.Sort((a, b) => a.PostedAt.CompareTo(b.PostedAt));
        meeting.Decisions.Sort((a, b) => a.Number.CompareTo(b.Number));
        meeting.Invitations.Sort((a, b) => Core.Text.PersonNames.Comparer.Compare(a.FullName, b.FullName));
    }
}
