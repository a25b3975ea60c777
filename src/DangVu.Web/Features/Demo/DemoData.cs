using System.Diagnostics;
using System.Security.Cryptography;
using DangVu.Core.Access;
using DangVu.Data;
using DangVu.Data.Accounts;
using DangVu.Data.Infrastructure;
using DangVu.Web.Features.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>A demo account as printed at a demo start: who it is, what it may see, and whether its password is still the shared one.</summary>
public sealed record DemoAccount(string UserName, string FullName, Role Role, string Reach, bool PasswordChanged);

/// <summary>
/// Demo data, added by <c>dangvu demo</c> and only to a demo database (a new one, or one a demo run made): the
/// organization tree of 509-TB/TU, synthetic members in its cells, the notice and sample documents in the register, one
/// synthetic account per role (members' and the secretary's linked to their own member files) sharing one random
/// password, kept (protected) with the accounts so that every demo start can print it again, and a year of the hospital
/// cells' meetings.
/// </summary>
internal sealed partial class DemoData(
    AccountService accounts, UserManager<AppUser> users, DemoOrganizations organizations, DemoMembers members, DemoAdmissions admissions, DemoTraining training,
    DemoDocuments documents, DemoDocumentWriting writing, DemoFollowUp followUp, DemoMemberAccounts memberAccounts, DemoMeetings meetings, DemoReviews reviews,
    DangVuDbContext context, IDataProtectionProvider protection, DatabaseTarget target, ILogger<DemoData> logger)
{
    private const string TokenProvider = "DangVu";
    private const string TokenName = "DemoPassword";
    private const string WholeTree = "toàn bộ cây tổ chức";

    private static readonly (string UserName, string FullName, Role Role, string? Organization)[] Accounts =
    [
        ("vanphong", "Trần Thị Thuỷ", Role.Office, null),
        ("bithu", "Nguyễn Văn Hoà", Role.Secretary, DemoOrganizations.HospitalName), // one grassroots organization: the provincial hospital
        ("kiemtra", "Lê Đức Anh", Role.Inspection, null),
        ("dangvien", "Phạm Thị Ánh Tuyết", Role.Member, DemoOrganizations.MemberCellName), // a member of one of its cells
        ("dangvien2", "Đặng Văn Lực", Role.Member, DemoOrganizations.SurgeryCellName), // a member of another
    ];

    /// <summary>The demo accounts' user names.</summary>
    public static IReadOnlyList<string> UserNames { get; } = Accounts.Select(account => account.UserName).ToList();

    private IDataProtector Protector => protection.CreateProtector("DangVu.Demo.SharedPassword");

    /// <summary>
    /// Adds what is missing and prints the demo accounts with their shared password. Refuses (in Vietnamese) a
    /// database that holds anything a demo run did not put there, so real data never gets demo accounts.
    /// </summary>
    public async Task SeedAsync(IAccountNotice notice, CancellationToken cancellationToken)
    {
        if (!await IsDemoDatabaseAsync(cancellationToken))
        {
            throw new DatabaseTargetException(
                $"{target.Display} đã có dữ liệu không phải dữ liệu mẫu, nên “demo” không thêm dữ liệu mẫu hay tài khoản mẫu vào đó. " +
                "Hãy chạy với một cơ sở dữ liệu mới, ví dụ: dangvu demo --db ./data/demo.db");
        }

        await organizations.SeedAsync(cancellationToken);
        var password = await SharedPasswordAsync(cancellationToken);
        var shown = new List<DemoAccount>();
        foreach (var (userName, fullName, role, organization) in Accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scope = organization is null ? RoleGrant.WholeTree : await organizations.PathOfAsync(organization, cancellationToken);
            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                (user, var errors) = await accounts.CreateSyntheticAsync(userName, fullName, role, scope, password);
                if (user is null)
                {
                    throw new InvalidOperationException($"Could not create demo account {userName}: {string.Join("; ", errors)}");
                }
            }
            else if (!user.IsSynthetic)
            {
                continue; // someone's own account that happens to bear a demo name: not ours to show or touch
            }
            else if (await StoredPasswordAsync(user) != password)
            {
                // An account from an older demo run (its own one-time password): it joins the shared one.
                Check(await users.RemovePasswordAsync(user), userName);
                Check(await users.AddPasswordAsync(user, password), userName);
                user.MustChangePassword = false;
                Check(await users.UpdateAsync(user), userName);
            }

            Check(await users.SetAuthenticationTokenAsync(user, TokenProvider, TokenName, Protector.Protect(password)), userName);
            shown.Add(new DemoAccount(userName, fullName, role, organization ?? WholeTree, !await users.CheckPasswordAsync(user, password)));
        }

        await StepAsync("đảng viên", () => members.SeedAsync(DemoMembers.DefaultCount, cancellationToken));
        await StepAsync("tài khoản gắn hồ sơ", () => memberAccounts.SeedAsync(cancellationToken));
        await StepAsync("kết nạp", () => admissions.SeedAsync(cancellationToken));
        await StepAsync("lớp học", () => training.SeedAsync(cancellationToken));
        await StepAsync("sổ văn bản", () => documents.SeedAsync(cancellationToken));
        await StepAsync("văn bản soạn thảo", () => writing.SeedAsync(cancellationToken));
        await StepAsync("theo dõi nhiệm vụ", () => followUp.SeedAsync("vanphong", cancellationToken));
        await StepAsync("sinh hoạt chi bộ", () => meetings.SeedAsync(cancellationToken));
        await StepAsync("đánh giá, xếp loại", () => reviews.SeedAsync(cancellationToken));
        notice.AnnounceDemo(shown, password);
    }

    /// <summary>One part of the demo, with a line on the console when it is done: the first start takes a while.</summary>
    private async Task StepAsync(string part, Func<Task> seed)
    {
        var started = Stopwatch.GetTimestamp();
        await seed();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogPartDone(logger, part, seconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dữ liệu mẫu: {Part} xong ({Seconds:0.0} giây)")]
    private static partial void LogPartDone(ILogger logger, string part, double seconds);

    /// <summary>A new database (nothing but the first administrator), or one a demo run has already filled.</summary>
    private async Task<bool> IsDemoDatabaseAsync(CancellationToken cancellationToken)
    {
        var names = UserNames.ToList();
        if (await context.Users.AnyAsync(user => user.IsSynthetic && names.Contains(user.UserName!), cancellationToken))
        {
            return true;
        }

        return !await context.Users.AnyAsync(user => user.UserName != AccountService.FirstAdminUserName, cancellationToken)
            && !await context.Organizations.AnyAsync(cancellationToken)
            && !await context.Members.AnyAsync(cancellationToken);
    }

    /// <summary>The password earlier demo runs gave the accounts, or a new random one for a new demo database.</summary>
    private async Task<string> SharedPasswordAsync(CancellationToken cancellationToken)
    {
        foreach (var userName in UserNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(userName) is { IsSynthetic: true } user && await StoredPasswordAsync(user) is { } stored)
            {
                return stored;
            }
        }

        return OneTimePassword.Generate();
    }

    private async Task<string?> StoredPasswordAsync(AppUser user)
    {
        var stored = await users.GetAuthenticationTokenAsync(user, TokenProvider, TokenName);
        try
        {
            return stored is null ? null : Protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            return null; // the keys that protected it are gone: a new shared password replaces it
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
