using DangVu.Core.Access;
using DangVu.Data.Accounts;
using DangVu.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// Demo data, added by <c>dangvu demo</c>. For now one synthetic account per role, so each view of the
/// UI can be tried; the organizations and members of 509-TB/TU arrive with the registry.
/// </summary>
internal sealed class DemoData(AccountService accounts, UserManager<AppUser> users)
{
    private static readonly (string UserName, string FullName, Role Role)[] Accounts =
    [
        ("vanphong", "Trần Thị Thuỷ", Role.Office),
        ("bithu", "Nguyễn Văn Hoà", Role.Secretary),
        ("kiemtra", "Lê Đức Anh", Role.Inspection),
        ("dangvien", "Phạm Thị Ánh Tuyết", Role.Member),
    ];

    public async Task SeedAsync(IAccountNotice notice, CancellationToken cancellationToken)
    {
        foreach (var (userName, fullName, role) in Accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var (account, errors) = await accounts.CreateAsync(userName, fullName, role, isSynthetic: true);
            if (account is null)
            {
                throw new InvalidOperationException($"Could not create demo account {userName}: {string.Join("; ", errors)}");
            }

            notice.Announce(account, $"Tài khoản mẫu — {RoleNames.Vietnamese(role)}.");
        }
    }
}
