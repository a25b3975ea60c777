using System.ComponentModel.DataAnnotations;
using DangVu.Data.Accounts;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Accounts.Pages;

[AllowPendingPasswordChange]
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool MustChange => User.HasClaim(claim => claim.Type == DangVuClaims.MustChangePassword);

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError(string.Empty, "Mật khẩu mới phải khác mật khẩu hiện tại.");
            return Page();
        }

        var wasOneTime = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        // A new cookie without the pending-change claim.
        await signIn.RefreshSignInAsync(user);
        if (wasOneTime)
        {
            return LocalRedirect("/");
        }

        Done = true;
        return Page();
    }
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
    [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
    [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Hãy nhập lại mật khẩu mới.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
