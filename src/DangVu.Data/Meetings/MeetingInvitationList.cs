using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Data.Members;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Meetings;

/// <summary>A member the cell invites to a meeting, and whether they must come.</summary>
public sealed record Invitee(Guid MemberId, string FullName, AttendanceExpectation Expectation);

/// <summary>
/// Who a cell invites to a meeting: the members placed in the cell on the meeting's date (from their dated events), each
/// as their status on that date and the rules of that date say (<see cref="MeetingInvitations"/>). A planned meeting's
/// invitations follow the registry until it is held; a held meeting's stay as they were.
/// </summary>
public sealed class MeetingInvitationList(DangVuDbContext context, RuleBook book)
{
    /// <summary>The invitees of a meeting of <paramref name="cellId"/> on <paramref name="date"/>, in Vietnamese name order.</summary>
    public async Task<IReadOnlyList<Invitee>> ForAsync(Guid cellId, DateOnly date, CancellationToken cancellationToken = default)
    {
        if (!book.TryOn(date, out var rules))
        {
            return [];
        }

        var members = await context.Members.AsNoTracking().Include(m => m.Events)
            .Where(m => m.OrganizationId == cellId || m.Events.Any(e => e.OrganizationId == cellId))
            .OrderBy(m => m.GivenName).ThenBy(m => m.SortName)
            .ToListAsync(cancellationToken);
        var invitees = new List<Invitee>();
        foreach (var member in members.Where(m => PlacedIn(m, date) == cellId))
        {
            if (MeetingInvitations.Expectation(member.StatusOn(date), rules.MeetingAttendance.Value) is { } expectation)
            {
                invitees.Add(new(member.Id, member.FullName, expectation));
            }
        }

        return invitees;
    }

    /// <summary>
    /// Brings a planned meeting's invitations in line with <see cref="ForAsync"/>: adds new members, updates whether each
    /// must come, and drops those no longer invited who neither answered nor were marked. Then recounts.
    /// </summary>
    public async Task RefreshAsync(CellMeeting meeting, CancellationToken cancellationToken = default)
    {
        if (meeting.Status != MeetingStatus.Planned)
        {
            return;
        }

        var invitees = (await ForAsync(meeting.OrganizationId, meeting.Date, cancellationToken)).ToDictionary(i => i.MemberId);
        foreach (var invitation in meeting.Invitations.ToList())
        {
            if (invitees.Remove(invitation.MemberId, out var invitee))
            {
                invitation.Expectation = invitee.Expectation;
            }
            else if (invitation.Reply == MemberReply.None && invitation.Mark == AttendanceMark.NotTaken)
            {
                meeting.Invitations.Remove(invitation);
                context.Remove(invitation);
            }
        }

        foreach (var invitee in invitees.Values)
        {
            var invitation = new MeetingInvitation { MeetingId = meeting.Id, MemberId = invitee.MemberId, FullName = invitee.FullName, Expectation = invitee.Expectation };
            meeting.Invitations.Add(invitation);
            // Added explicitly: a new row with a client-made key put in a tracked collection would be taken for an existing one.
            context.Add(invitation);
        }

        meeting.Recount();
    }

    /// <summary>The cell a member was in on <paramref name="date"/>: the latest placing event, else the file's cell once admitted.</summary>
    private static Guid? PlacedIn(PartyMember member, DateOnly date) =>
        member.OrganizationOn(date) ?? (member.AdmittedOn <= date ? member.OrganizationId : null);
}
