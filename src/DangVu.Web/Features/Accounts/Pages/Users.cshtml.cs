using System.ComponentModel.DataAnnotations;
using DangVu.Core.Access;
using DangVu.Data.Accounts;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Accounts.Pages;

[Authorize(Policy = Policies.Admin)]
public sealed class UsersModel(AccountService accounts, TimeProvider clock) : PageModel
{
    private const int PageSize = 200;

    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    /// <summary>The names of the member files the listed accounts are linked to.</summary>
    public IReadOnlyDictionary<Guid, string> MemberNames { get; private set; } = new Dictionary<Guid, string>();

    public CreatedAccount? Created { get; private set; }

    public string? Message { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync() => await ListAsync();

    private async Task ListAsync()
    {
        Users = await accounts.ListAsync(Query, PageSize);
        MemberNames = await accounts.MemberNamesAsync(Users.Select(user => user.MemberId));
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        Message = await accounts.UnlockAsync(id) ? "Đã mở khoá tài khoản." : "Không tìm thấy tài khoản.";
        await ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var (account, errors) = await accounts.CreateAsync(Input.UserName, Input.FullName, Input.Role);
            Created = account;
            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            if (account is not null)
            {
                Input = new NewAccountInput();
                ModelState.Clear();
            }
        }

        await ListAsync();
        return Page();
    }
}

public sealed class NewAccountInput
{
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên dài quá 200 ký tự.")]
    public string FullName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [StringLength(64, ErrorMessage = "Tên đăng nhập dài quá 64 ký tự.")]
    public string UserName { get; set; } = string.Empty;

    [EnumDataType(typeof(Role), ErrorMessage = "Vai trò không hợp lệ.")]
    public Role Role { get; set; } = Role.Member;
}
