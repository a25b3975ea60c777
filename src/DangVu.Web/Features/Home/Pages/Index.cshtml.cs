using DangVu.Core.Access;
using DangVu.Core.Text;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Home.Pages;

public sealed class IndexModel(TimeProvider clock) : PageModel
{
    public IReadOnlyCollection<RoleGrant> Grants { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public void OnGet()
    {
        Grants = User.GetAccessScope().Grants;
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnameseDates.VietnamTime).DateTime);
    }
}
