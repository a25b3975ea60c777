using DangVu.Core.Rules;
using DangVu.Data.Audit;
using DangVu.Data.Meetings;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.MemberView.Pages;

/// <summary>
/// "Của tôi": a party member's own page, phone first — the next meetings and their documents (with a reply to each),
/// study, tasks, attendance history and their own file. Any signed-in account may open it; one not linked to a member
/// file is told so.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(
    MeetingQueries meetings, MemberReplies replies, MemberQueries members, OrganizationQueries organizations, AuditLog audit, RuleBook book, TimeProvider clock)
    : PageModel
{
    /// <summary>How many coming meetings are shown in full (the rest by date): a phone screen, not a year's plan.</summary>
    public const int UpcomingShown = 3;

    public bool Linked { get; private set; }

    public MyMeetingsDto Meetings { get; private set; } = new([], [], null);

    public PartyMember? Member { get; private set; }

    public string OrganizationName { get; private set; } = string.Empty;

    /// <summary>Identity numbers shown in clear (after the member asked, audited).</summary>
    public bool Revealed { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The meeting a refused reply was about, and why.</summary>
    public (Guid Meeting, string Refusal)? ReplyRefused { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "da-gui")] int? sent)
    {
        Message = sent switch
        {
            1 => "Đã xác nhận dự sinh hoạt.",
            2 => "Đã gửi lý do vắng mặt đến bí thư chi bộ.",
            _ => null,
        };
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid meeting, int version, bool attending, string? reason)
    {
        if (User.MemberId() is not { } memberId)
        {
            return Forbid();
        }

        var outcome = await replies.ReplyAsync(meeting, memberId, version, attending, reason);
        if (outcome.Invitation is not null)
        {
            return Redirect($"/cua-toi?da-gui={(attending ? 1 : 2)}#hop-{meeting}");
        }

        if (outcome.NotFound)
        {
            return NotFound();
        }

        ReplyRefused = (meeting, outcome.Refusal ?? string.Empty);
        await LoadAsync();
        return Page();
    }

    /// <summary>Shows the member their own identity numbers, logged as the registry logs every such view.</summary>
    public async Task<IActionResult> OnPostRevealAsync()
    {
        if (User.MemberId() is not { } memberId)
        {
            return Forbid();
        }

        await audit.RecordAsync(AuditEvent.ConfidentialView(nameof(PartyMember), memberId, nameof(PartyMember.CitizenId), nameof(PartyMember.CardNumber)));
        await LoadAsync();
        Revealed = Member is not null;
        return Page();
    }

    private async Task LoadAsync()
    {
        if (User.MemberId() is not { } memberId || await members.FindAsync(memberId) is not { } member)
        {
            return;
        }

        Linked = true;
        Member = member;
        OrganizationName = (await organizations.FindAsync(member.OrganizationId))?.Name ?? string.Empty;
        Meetings = await MemberViewApi.MineAsync(memberId, meetings, book, clock);
    }
}
