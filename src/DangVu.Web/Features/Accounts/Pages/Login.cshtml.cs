using System.ComponentModel.DataAnnotations;
using DangVu.Data.Accounts;
using DangVu.Data.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Accounts.Pages;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public string? Error { get; private set; }

    /// <summary>
    /// The same words for a wrong password and a locked account, so the form does not tell a stranger
    /// which user names exist.
    /// </summary>
    private static string FailedMessage =>
        $"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khoá. Sau {AccountRules.MaxFailedSignIns} lần nhập sai, "
        + $"tài khoản bị khoá {AccountRules.LockoutDuration.TotalMinutes:0} phút; quản trị có thể mở khoá sớm hơn.";

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent("sign-in", nameof(AppUser), userName, null, Actor: userName));
            var user = await signIn.UserManager.FindByNameAsync(userName);
            if (user?.MustChangePassword == true)
            {
                return LocalRedirect(AccountPaths.ChangePassword);
            }

            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEvent("sign-in-locked-out", nameof(AppUser), userName, null));
            Error = FailedMessage;
            return Page();
        }

        await audit.RecordAsync(new AuditEvent("sign-in-failed", nameof(AppUser), userName, null));
        Error = FailedMessage;
        return Page();
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [StringLength(256, ErrorMessage = "Tên đăng nhập quá dài.")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
    public string Password { get; set; } = string.Empty;
}
