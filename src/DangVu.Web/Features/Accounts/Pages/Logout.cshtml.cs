using DangVu.Data.Accounts;
using DangVu.Data.Audit;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Accounts.Pages;

[AllowPendingPasswordChange]
public sealed class LogoutModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(new AuditEvent("sign-out", nameof(AppUser), User.Identity?.Name, null));
        await signIn.SignOutAsync();
        return LocalRedirect(AccountPaths.Login);
    }
}
