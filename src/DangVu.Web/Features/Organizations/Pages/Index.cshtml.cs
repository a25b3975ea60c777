using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Organizations.Pages;

public sealed class IndexModel(OrganizationQueries queries, OrganizationRestructuring restructuring, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public DateOnly? On { get; set; }

    [BindProperty]
    public CreateOrganizationRequest Input { get; set; } = new();

    public IReadOnlyList<OrganizationNode> Nodes { get; private set; } = [];

    public bool CanCreate { get; private set; }

    private int _topDepth;

    public int RelativeDepth(OrganizationNode node) => OrganizationPath.Depth(node.Path) - _topDepth;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        On = null;
        if (ModelState.IsValid)
        {
            var parentPath = Input.Parent is { } parentId ? (await queries.FindAsync(parentId))?.Path : OrganizationPath.Root;
            if (parentPath is null || !await authorization.AllowsAsync(User, Policies.Office, parentPath))
            {
                return Forbid();
            }

            var result = await restructuring.CreateAsync(
                new NewOrganization(Input.Name, Input.Kind, Input.Type, Input.Agency, Input.Parent), Input.ToDecision());
            if (result.Organization is { } created)
            {
                return Redirect($"/to-chuc/{created.Id}");
            }

            ModelState.AddModelError(string.Empty, result.Error ?? "Không thành lập được.");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var scopes = User.ReadableScopes();
        Nodes = On is { } date ? await queries.OnDateAsync(date, scopes) : await queries.CurrentAsync(scopes);
        _topDepth = Nodes.Count == 0 ? 0 : Nodes.Min(node => OrganizationPath.Depth(node.Path));
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.Office)).Succeeded;
    }
}
