using DangVu.Core.Members;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Members.Pages;

/// <summary>Corrects a member's file, for the office and the secretary of the member's subtree.</summary>
[Authorize(Policy = Policies.Secretary)]
public sealed class EditModel(
    MemberQueries members, OrganizationQueries organizations, MemberRegistry registry, IAuthorizationService authorization) : MemberFilePageModel
{
    public PartyMember? Member { get; private set; }

    public string OrganizationName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Input = MemberFileForm.From(Member!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        TranslateBindingErrors();
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var member = Member!;
        // Those who may not read identity numbers cannot change them: whatever such a form sends is ignored.
        var (card, _) = CanEditIdentity
            ? MemberIdentityInput.Resolve(Blank(Input.CardNumber), member.CardNumber, Input.ClearCardNumber)
            : (member.CardNumber, false);
        var (citizenId, _) = CanEditIdentity
            ? MemberIdentityInput.Resolve(Blank(Input.CitizenId), member.CitizenId, Input.ClearCitizenId)
            : (member.CitizenId, false);
        var errors = new Dictionary<string, string>();
        if (!OfficialDateEditable)
        {
            Input.OfficialOn = null;
        }

        var changes = Input.ToChanges(card, citizenId, errors);
        if (changes is null || !ModelState.IsValid)
        {
            AddErrors(errors);
            return Page();
        }

        var (updated, refusals, conflict) = await registry.UpdateAsync(id, Input.Version, changes);
        if (conflict)
        {
            if (await LoadAsync(id) is { } gone)
            {
                return gone;
            }

            ShowConflict(Member!, refusals.Count > 0 ? refusals[0].Message : "Hồ sơ vừa được người khác thay đổi.");
            return Page();
        }

        if (updated is null)
        {
            AddErrors(refusals);
            return Page();
        }

        return Redirect($"/dang-vien/{id}?da-luu=1");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Loads the file; out of the caller's reading scope is "not found", readable but not editable is "forbidden".</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var member = await members.FindAsync(id);
        if (member is null || !User.CanRead(member))
        {
            return NotFound();
        }

        if (!await authorization.CanEditMembersAsync(User, member.OrganizationPath))
        {
            return Forbid();
        }

        Member = member;
        OrganizationName = (await organizations.FindAsync(member.OrganizationId))?.Name ?? string.Empty;
        CanEditIdentity = User.CanSeeIdentity(member);
        StoredCardNumber = MemberMasking.Mask(member.CardNumber);
        StoredCitizenId = MemberMasking.Mask(member.CitizenId);
        OfficialDateEditable = member.Events.Any(e => e.Kind == MemberEventKind.RecognizedOfficial);
        return null;
    }
}
