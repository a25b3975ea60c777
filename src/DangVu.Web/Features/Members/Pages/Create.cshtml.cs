using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Members.Pages;

/// <summary>Puts a member on the rolls of a cell the office or secretary reaches.</summary>
[Authorize(Policy = Policies.Secretary)]
public sealed class CreateModel(OrganizationQueries organizations, MemberRegistry registry, IAuthorizationService authorization) : MemberFilePageModel
{
    public async Task OnGetAsync([FromQuery(Name = "chi-bo")] Guid? cell)
    {
        await LoadAsync();
        Input = new MemberFileForm { Organization = Cells.Any(node => node.Id == cell) ? cell : Cells.Count == 1 ? Cells[0].Id : null };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        TranslateBindingErrors();
        await LoadAsync();
        var errors = new Dictionary<string, string>();
        var cell = Cells.FirstOrDefault(node => node.Id == Input.Organization);
        if (cell is null)
        {
            // A cell that exists but is out of reach is refused, not offered as a choice.
            if (Input.Organization is { } chosen && await organizations.FindAsync(chosen) is not null)
            {
                return Forbid();
            }

            errors[nameof(MemberFileForm.Organization)] = "Hãy chọn chi bộ.";
        }

        var card = Blank(Input.CardNumber);
        var citizenId = Blank(Input.CitizenId);
        if (cell is not null && (card ?? citizenId) is not null && !User.CanSeeIdentity(cell.Path))
        {
            errors[card is null ? nameof(MemberFileForm.CitizenId) : nameof(MemberFileForm.CardNumber)] =
                "Chỉ văn phòng cấp uỷ và uỷ ban kiểm tra của chi bộ này được nhập số thẻ và số căn cước.";
        }

        var changes = Input.ToChanges(card, citizenId, errors);
        if (changes is null || cell is null || errors.Count > 0 || !ModelState.IsValid)
        {
            AddErrors(errors);
            return Page();
        }

        var (member, refusals) = await registry.AddAsync(NewMember.From(changes, cell.Id));
        if (member is null)
        {
            AddErrors(refusals);
            return Page();
        }

        return Redirect($"/dang-vien/{member.Id}?da-luu=1");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private async Task LoadAsync()
    {
        IsNew = true;
        Cells = await authorization.EditableCellsAsync(User, organizations);
        CanEditIdentity = Cells.Any(node => User.CanSeeIdentity(node.Path));
    }
}
