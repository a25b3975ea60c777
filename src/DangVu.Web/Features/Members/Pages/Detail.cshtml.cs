using DangVu.Data.Audit;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Members.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class DetailModel(
    MemberQueries members, OrganizationQueries organizations, AuditLog audit, MemberRegistry registry, IAuthorizationService authorization) : PageModel
{
    public PartyMember? Member { get; private set; }

    public string OrganizationName { get; private set; } = string.Empty;

    public bool CanReveal { get; private set; }

    public bool Revealed { get; private set; }

    public bool CanRecord { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Arrived here from a saved add or edit form.</summary>
    public bool Saved { get; private set; }

    /// <summary>Cells the user may move the member to.</summary>
    public IReadOnlyList<OrganizationNode> Cells { get; private set; } = [];

    public async Task<IActionResult> OnPostEventAsync(Guid id, RecordMemberEventRequest request)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanRecord || (request.Organization is { } target && Cells.All(cell => cell.Id != target)))
        {
            return Forbid();
        }

        var error = Api.RequestValidation.Errors(request)?.Values.SelectMany(messages => messages).FirstOrDefault();
        if (error is null)
        {
            (_, error, _) = await registry.RecordEventAsync(id, request.Version, request.Kind, request.On!.Value, request.Organization, request.Note);
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error);
        }
        else
        {
            Message = "Đã ghi vào hồ sơ.";
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "da-luu")] int? saved)
    {
        Saved = saved == 1;
        return await LoadAsync(id) ? Page() : NotFound();
    }

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
        CanRecord = await authorization.CanEditMembersAsync(User, member.OrganizationPath);
        if (CanRecord)
        {
            Cells = await authorization.EditableCellsAsync(User, organizations);
        }

        return true;
    }
}
