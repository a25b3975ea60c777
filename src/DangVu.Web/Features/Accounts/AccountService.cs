using DangVu.Core.Access;
using DangVu.Core.Text;
using DangVu.Data;
using DangVu.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Accounts;

/// <summary>A new account and the one-time password to hand to its owner.</summary>
public sealed record CreatedAccount(AppUser User, string OneTimePassword);

/// <summary>Creating accounts with one-time passwords, granting roles, listing users.</summary>
public sealed class AccountService(UserManager<AppUser> users, DangVuDbContext database, TimeProvider clock)
{
    public const string FirstAdminUserName = "admin";

    /// <summary>Creates an account that must change its password at first sign-in.</summary>
    public async Task<(CreatedAccount? Account, IReadOnlyList<string> Errors)> CreateAsync(
        string userName, string fullName, Role role, string scopePath = RoleGrant.WholeTree, string? email = null, bool isSynthetic = false)
    {
        var user = new AppUser
        {
            UserName = userName.Trim(),
            FullName = fullName,
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            MustChangePassword = true,
            IsSynthetic = isSynthetic,
            CreatedAt = clock.GetUtcNow(),
        };
        user.Grants.Add(new UserGrant { UserId = user.Id, Role = role, ScopePath = scopePath });
        if (string.IsNullOrWhiteSpace(user.FullName))
        {
            return (null, ["Họ và tên không được để trống."]);
        }

        var password = OneTimePassword.Generate();
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? (new CreatedAccount(user, password), [])
            : (null, result.Errors.Select(error => error.Description).ToList());
    }

    /// <summary>
    /// Creates a synthetic (demo) account with a given password that need not be changed: every demo account shares
    /// one password, printed at each demo start. Only the demo data calls this, and only in a demo database.
    /// </summary>
    internal async Task<(AppUser? User, IReadOnlyList<string> Errors)> CreateSyntheticAsync(
        string userName, string fullName, Role role, string scopePath, string password)
    {
        var user = new AppUser
        {
            UserName = userName,
            FullName = fullName,
            MustChangePassword = false,
            IsSynthetic = true,
            CreatedAt = clock.GetUtcNow(),
        };
        user.Grants.Add(new UserGrant { UserId = user.Id, Role = role, ScopePath = scopePath });
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? (user, []) : (null, result.Errors.Select(error => error.Description).ToList());
    }

    /// <summary>On an empty database, creates the first administrator; otherwise does nothing.</summary>
    public async Task<CreatedAccount?> EnsureFirstAdminAsync(CancellationToken cancellationToken = default)
    {
        if (await database.Users.AnyAsync(cancellationToken))
        {
            return null;
        }

        var (account, errors) = await CreateAsync(FirstAdminUserName, "Quản trị hệ thống", Role.Admin);
        return account ?? throw new InvalidOperationException($"Could not create the first administrator: {string.Join("; ", errors)}");
    }

    /// <summary>Lifts a lockout and clears the failed-attempt count; false when there is no such user.</summary>
    public async Task<bool> UnlockAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return true;
    }

    /// <summary>
    /// Links an account to the member file of the person who uses it (or unlinks it, with null), so they see their own
    /// meetings and record. One account per file. The account's cookie picks the change up at its next check (a minute).
    /// </summary>
    public async Task<(AppUser? User, string? Error)> LinkMemberAsync(Guid userId, Guid? memberId, CancellationToken cancellationToken = default)
    {
        var user = await database.Users.Include(u => u.Grants).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return (null, "Không tìm thấy tài khoản.");
        }

        if (memberId is { } id)
        {
            if (!await database.Members.AnyAsync(member => member.Id == id, cancellationToken))
            {
                return (null, "Không tìm thấy hồ sơ đảng viên.");
            }

            if (await database.Users.AsNoTracking().Where(other => other.MemberId == id && other.Id != userId).Select(other => other.UserName).FirstOrDefaultAsync(cancellationToken) is { } taken)
            {
                return (null, $"Hồ sơ đảng viên này đã gắn với tài khoản {taken}.");
            }
        }

        user.MemberId = memberId;
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? (user, null) : (null, string.Join(" ", result.Errors.Select(error => error.Description)));
    }

    /// <summary>The names of member files, by id, for lists of accounts.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> MemberNamesAsync(IEnumerable<Guid?> memberIds, CancellationToken cancellationToken = default)
    {
        var ids = memberIds.OfType<Guid>().Distinct().ToList();
        return await database.Members.AsNoTracking().Where(member => ids.Contains(member.Id)).ToDictionaryAsync(member => member.Id, member => member.FullName, cancellationToken);
    }

    /// <summary>Users in Vietnamese name order, filtered by a folded name or user-name prefix.</summary>
    public async Task<IReadOnlyList<AppUser>> ListAsync(string? search, int take, CancellationToken cancellationToken = default)
    {
        var query = database.Users.AsNoTracking().Include(user => user.Grants).AsQueryable();
        var key = VietnameseText.SearchKey(search);
        if (key.Length > 0)
        {
            // A range on the folded key is a prefix search that uses its index on both databases.
            var upper = key + '\uffff';
            var userName = key.ToUpperInvariant();
#pragma warning disable CA1309 // Translated to SQL: the column's own (binary) collation decides, not .NET's culture.
            query = query.Where(user => (string.Compare(user.SearchKey, key) >= 0 && string.Compare(user.SearchKey, upper) < 0)
                || user.SearchKey.Contains(" " + key)
                || user.NormalizedUserName == userName);
#pragma warning restore CA1309
        }

        return await query.OrderBy(user => user.GivenName).ThenBy(user => user.SortName).ThenBy(user => user.UserName).Take(take).ToListAsync(cancellationToken);
    }
}
