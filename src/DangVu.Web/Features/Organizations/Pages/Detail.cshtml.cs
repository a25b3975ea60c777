using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Organizations.Pages;

public sealed class DetailModel(OrganizationQueries queries, OrganizationRestructuring restructuring, IAuthorizationService authorization) : PageModel
{
    public PartyOrganization? Organization { get; private set; }

    public IReadOnlyList<OrganizationNode> Children { get; private set; } = [];

    public IReadOnlyList<OrganizationNode> ParentCandidates { get; private set; } = [];

    public IReadOnlyList<OrganizationChange> History { get; private set; } = [];

    public int SubtreeSize { get; private set; }

    public bool CanRestructure { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostRenameAsync(Guid id, RenameOrganizationRequest request) =>
        ChangeAsync(id, request, "Đã đổi tên.", organization => restructuring.RenameAsync(id, request.Version, request.Name, request.ToDecision()));

    public async Task<IActionResult> OnPostMoveAsync(Guid id, MoveOrganizationRequest request)
    {
        var parent = request.NewParent is { } parentId ? await queries.FindAsync(parentId) : null;
        if (parent is not null && !await authorization.AllowsAsync(User, Policies.Office, parent.Path))
        {
            return Forbid();
        }

        return await ChangeAsync(id, request, "Đã chuyển tổ chức.",
            organization => restructuring.MoveAsync(id, request.Version, request.NewParent ?? Guid.Empty, request.ToDecision()));
    }

    public Task<IActionResult> OnPostDissolveAsync(Guid id, DissolveOrganizationRequest request) =>
        ChangeAsync(id, request, "Đã giải thể.", organization => restructuring.DissolveAsync(id, request.Version, request.ToDecision()));

    private async Task<IActionResult> ChangeAsync(
        Guid id, RestructureRequest request, string done, Func<PartyOrganization, Task<RestructureResult>> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanRestructure)
        {
            return Forbid();
        }

        if (Api.RequestValidation.Errors(request) is { } invalid)
        {
            foreach (var message in invalid.Values.SelectMany(messages => messages))
            {
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        var result = await change(Organization!);
        if (result.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
        }
        else
        {
            Message = done;
        }

        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var organization = await queries.FindAsync(id);
        var scopes = User.ReadableScopes();
        if (organization is null || !User.CanReadOrganization(organization.Path))
        {
            return false;
        }

        Organization = organization;
        var visible = await queries.CurrentAsync(scopes);
        Children = visible.Where(node => node.ParentId == id).ToList();
        SubtreeSize = visible.Count(node => OrganizationPath.IsWithin(node.Path, organization.Path)) - 1;
        ParentCandidates = visible
            .Where(node => !OrganizationPath.IsWithin(node.Path, organization.Path) && OrganizationRules.MayContain(node.Kind, organization.Kind))
            .ToList();
        History = await queries.HistoryAsync(id);
        CanRestructure = await authorization.AllowsAsync(User, Policies.Office, organization.Path);
        return true;
    }
}
