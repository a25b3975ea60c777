using DangVu.Core.Access;
using DangVu.Data.Accounts;
using DangVu.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// Demo data, added by <c>dangvu demo</c>: the organization tree of 509-TB/TU and one synthetic account per
/// role, so each view of the UI can be tried, and synthetic members in its cells.
/// </summary>
internal sealed class DemoData(AccountService accounts, UserManager<AppUser> users, DemoOrganizations organizations, DemoMembers members)
{
    private static readonly (string UserName, string FullName, Role Role)[] Accounts =
    [
        ("vanphong", "Trần Thị Thuỷ", Role.Office),
        ("bithu", "Nguyễn Văn Hoà", Role.Secretary), // over one grassroots organization: the provincial hospital
        ("kiemtra", "Lê Đức Anh", Role.Inspection),
        ("dangvien", "Phạm Thị Ánh Tuyết", Role.Member),
    ];

    public async Task SeedAsync(IAccountNotice notice, CancellationToken cancellationToken)
    {
        await organizations.SeedAsync(cancellationToken);
        await members.SeedAsync(DemoMembers.DefaultCount, cancellationToken);
        foreach (var (userName, fullName, role) in Accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            // The secretary leads the hospital's organization; the member belongs to one of its cells.
            var scope = role switch
            {
                Role.Secretary => await organizations.PathOfAsync(DemoOrganizations.HospitalName, cancellationToken),
                Role.Member => await organizations.PathOfAsync(DemoOrganizations.MemberCellName, cancellationToken),
                _ => RoleGrant.WholeTree,
            };
            var (account, errors) = await accounts.CreateAsync(userName, fullName, role, scope, isSynthetic: true);
            if (account is null)
            {
                throw new InvalidOperationException($"Could not create demo account {userName}: {string.Join("; ", errors)}");
            }

            notice.Announce(account, $"Tài khoản mẫu — {RoleNames.Vietnamese(role)}.");
        }
    }
}
