using System.Globalization;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Members;
using DangVu.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// Member files for the demo accounts of people who are party members — the two members and the hospital's secretary —
/// each linked to its account, so "Của tôi" shows them their meetings and their own file. Added once, in their cells.
/// </summary>
internal sealed class DemoMemberAccounts(MemberRegistry registry, AccountService accounts, DangVuDbContext context)
{
    private const long FirstCardNumber = 91_000_001;

    private static readonly (string UserName, string FullName, DateOnly Born, Gender Gender, string Cell, DateOnly Admitted)[] Files =
    [
        ("dangvien", "Phạm Thị Ánh Tuyết", new(1990, 8, 14), Gender.Female, DemoOrganizations.MemberCellName, new(2015, 5, 19)),
        ("dangvien2", "Đặng Văn Lực", new(1986, 2, 3), Gender.Male, DemoOrganizations.SurgeryCellName, new(2011, 9, 2)),
        ("bithu", "Nguyễn Văn Hoà", new(1972, 11, 20), Gender.Male, DemoOrganizations.MemberCellName, new(1998, 3, 26)),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        for (var index = 0; index < Files.Length; index++)
        {
            var (userName, fullName, born, gender, cellName, admitted) = Files[index];
            var user = await context.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName && u.IsSynthetic, cancellationToken);
            var cell = await context.Organizations.AsNoTracking()
                .SingleOrDefaultAsync(o => o.Name == cellName && o.Kind == OrganizationKind.Cell && o.DissolvedOn == null, cancellationToken);
            if (user is null || user.MemberId is not null || cell is null)
            {
                continue;
            }

            var (member, errors) = await registry.AddAsync(new NewMember(
                fullName, born, gender, cell.Id, admitted, admitted.AddYears(1), Sector.Health,
                CardNumber: (FirstCardNumber + index).ToString(CultureInfo.InvariantCulture),
                CitizenId: $"0601{born.Year:D4}{index + 1:D4}",
                Hometown: "Phan Thiết", IsSynthetic: true), cancellationToken: cancellationToken);
            if (member is null)
            {
                throw new InvalidOperationException($"Demo member {fullName} refused: {string.Join("; ", errors)}");
            }

            var (_, error) = await accounts.LinkMemberAsync(user.Id, member.Id, cancellationToken);
            if (error is not null)
            {
                throw new InvalidOperationException($"Demo account {userName} not linked: {error}");
            }
        }
    }
}
