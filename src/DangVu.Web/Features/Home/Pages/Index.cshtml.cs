using DangVu.Core.Access;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Home.Pages;

public sealed class IndexModel(TimeProvider clock, OrganizationQueries organizations) : PageModel
{
    public IReadOnlyCollection<RoleGrant> Grants { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ScopeNames { get; private set; } = new Dictionary<string, string>();

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Grants = User.GetAccessScope().Grants;
        ScopeNames = await organizations.NamesByPathAsync(Grants.Select(grant => grant.ScopePath).ToList());
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnameseDates.VietnamTime).DateTime);
    }
}
