using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.DocumentWriting.Pages;

[Authorize(Policy = Policies.Secretary)]
public sealed class EditModel(IAuthorizationService authorization, OrganizationQueries organizations, DocumentComposing composing)
    : ComposeFormModel(authorization, organizations)
{
    [FromRoute] public Guid Id { get; set; }

    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var entry = await composing.FindAsync(User, Id, HttpContext.RequestAborted);
        if (entry is null)
        {
            return NotFound();
        }

        if (entry.Document.IsIssued)
        {
            return Redirect(DocumentWritingPaths.Page(Id));
        }

        await LoadIssuersAsync();
        Organization = entry.Document.OrganizationId;
        Version = entry.Document.Version;
        Fill(entry.Document.ToInput());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await composing.FindAsync(User, Id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        await LoadIssuersAsync();
        var outcome = await composing.SaveAsync(User, Id, Version, Organization, ToInput(), HttpContext.RequestAborted);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        return Refused(outcome) || outcome.Document is null ? Page() : Redirect(DocumentWritingPaths.Page(Id) + "?luu=true");
    }
}
