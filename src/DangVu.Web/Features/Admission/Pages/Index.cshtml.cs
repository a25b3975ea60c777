using DangVu.Data.Admission;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Admission.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class IndexModel(AdmissionQueries cases, OrganizationQueries organizations, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AdmissionCaseSummary> Cases { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        Cases = await cases.ListAsync(User.ReadableMemberScopes());
        CanCreate = (await authorization.EditableCellsAsync(User, organizations)).Count > 0;
    }
}
