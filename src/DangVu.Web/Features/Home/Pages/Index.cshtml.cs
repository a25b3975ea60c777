using DangVu.Core.Access;
using DangVu.Core.Members;
using DangVu.Core.Text;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Home.Pages;

public sealed class IndexModel(TimeProvider clock, OrganizationQueries organizations, MemberQueries members) : PageModel
{
    public IReadOnlyCollection<RoleGrant> Grants { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ScopeNames { get; private set; } = new Dictionary<string, string>();

    public DateOnly Today { get; private set; }

    public int OrganizationCount { get; private set; }

    /// <summary>Members by status under the caller's subtrees; null when the caller may not read member files.</summary>
    public IReadOnlyDictionary<MemberStatus, int>? MemberCounts { get; private set; }

    public async Task OnGetAsync()
    {
        Grants = User.GetAccessScope().Grants;
        ScopeNames = await organizations.NamesByPathAsync(Grants.Select(grant => grant.ScopePath).ToList());
        OrganizationCount = await organizations.CountCurrentAsync(User.ReadableScopes());
        var memberScopes = User.ReadableMemberScopes();
        if (memberScopes.Count > 0)
        {
            MemberCounts = await members.CountByStatusAsync(memberScopes);
        }
        Today = VietnameseDates.Today(clock);
    }
}
