using DangVu.Data.Audit;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Members.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class DetailModel(MemberQueries members, OrganizationQueries organizations, AuditLog audit) : PageModel
{
    public PartyMember? Member { get; private set; }

    public string OrganizationName { get; private set; } = string.Empty;

    public bool CanReveal { get; private set; }

    public bool Revealed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Shows the identity numbers once, to those who may see them, and logs that they did.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanReveal)
        {
            return Forbid();
        }

        await audit.RecordAsync(AuditEvent.ConfidentialView(nameof(PartyMember), id, nameof(PartyMember.CitizenId), nameof(PartyMember.CardNumber)));
        Revealed = true;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var member = await members.FindAsync(id);
        if (member is null || !User.CanRead(member))
        {
            return false;
        }

        Member = member;
        OrganizationName = (await organizations.FindAsync(member.OrganizationId))?.Name ?? string.Empty;
        CanReveal = User.CanSeeIdentity(member);
        return true;
    }
}
