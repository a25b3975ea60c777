using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>/theo-doi/to-chuc/{id}: the tasks an organization (and those under it) leads or co-operates on, from all documents.</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class OrganizationModel(FollowUpRollups rollups) : RollupPageModel
{
    public RollupDto Rollup { get; private set; } = null!;

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        ReadAsOf();
        if (await rollups.OrganizationAsync(User, id, AsOf) is not { } found)
        {
            return NotFound();
        }

        (Rollup, Id) = (found.Rollup, id);
        return Page();
    }

    public string Workbook => $"/api/follow-up/organizations/{Id}/rollup.xlsx?{AsOfIso}";
}
