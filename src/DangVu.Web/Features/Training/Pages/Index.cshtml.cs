using DangVu.Core.Training;
using DangVu.Data.Organizations;
using DangVu.Data.Training;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Training.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class IndexModel(TrainingQueries classes, OrganizationQueries organizations, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "loai")]
    public TrainingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    public IReadOnlyList<TrainingClassSummary> Classes { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            Kind = null;
        }

        if (Year is < 1900 or > 2200)
        {
            Year = null;
        }

        Classes = await classes.ListAsync(User.ReadableMemberScopes(), Kind, Year);
        CanCreate = (await TrainingForms.OrganizersAsync(User, authorization, organizations)).Count > 0;
    }
}
