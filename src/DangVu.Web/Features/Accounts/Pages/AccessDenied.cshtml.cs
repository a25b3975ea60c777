using DangVu.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Accounts.Pages;

[AllowPendingPasswordChange]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
