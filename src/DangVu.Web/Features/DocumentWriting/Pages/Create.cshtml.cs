using DangVu.Core.DocumentWriting;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.DocumentWriting.Pages;

[Authorize(Policy = Policies.Secretary)]
public sealed class CreateModel(
    IAuthorizationService authorization, OrganizationQueries organizations, DocumentComposing composing, TimeProvider clock)
    : ComposeFormModel(authorization, organizations)
{
    public async Task OnGetAsync()
    {
        await LoadIssuersAsync();
        Organization ??= Issuers.Count == 1 ? Issuers[0].Id : null;
        TypeCode ??= DocumentKinds.Notice.Code;
        Date ??= VietnameseDates.Numeric(VietnameseDates.Today(clock));
        SigningKind ??= SigningAuthorityKind.OnBehalfOf;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadIssuersAsync();
        var outcome = await composing.SaveAsync(User, null, null, Organization, ToInput(), HttpContext.RequestAborted);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        return Refused(outcome) || outcome.Document is null ? Page() : Redirect(DocumentWritingPaths.Page(outcome.Document.Id) + "?luu=true");
    }
}
