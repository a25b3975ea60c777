using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Members.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class IndexModel(MemberQueries members, OrganizationQueries organizations, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 100;

    private IReadOnlyDictionary<Guid, string> _organizationNames = new Dictionary<Guid, string>();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<MemberSearchHit> Members { get; private set; } = [];

    /// <summary>Whether the caller is the office or a secretary somewhere (the add page offers the cells they reach).</summary>
    public bool CanAdd { get; private set; }

    public string OrganizationName(Guid id) => _organizationNames.GetValueOrDefault(id, string.Empty);

    public async Task OnGetAsync()
    {
        CanAdd = (await authorization.AuthorizeAsync(User, Policies.Secretary)).Succeeded;
        var scopes = User.ReadableMemberScopes();
        Members = await members.SearchAsync(Query, scopes, PageSize);
        // Only the cells on this page: the whole tree need not be read to label a hundred rows.
        _organizationNames = await organizations.NamesByIdAsync(Members.Select(member => member.OrganizationId).Distinct().ToList());
    }
}
