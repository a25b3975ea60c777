using DangVu.Core.Access;
using DangVu.Data.Accounts;
using DangVu.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.TestCommon.Web;

/// <summary>A user a test can sign in as.</summary>
public sealed record TestAccount(string UserName, string Password);

public static class TestAccounts
{
    public const string Password = "Matkhau-Moi-2026";

    /// <summary>
    /// Creates an account with the role and a current (already changed) password, as after its first sign-in; linked to
    /// the member file <paramref name="memberId"/> when given.
    /// </summary>
    public static async Task<TestAccount> CreateAsync(DangVuAppFactory factory, Role role, string scopePath = RoleGrant.WholeTree, Guid? memberId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var userName = $"{role.ToString().ToLowerInvariant()}{Guid.NewGuid():N}"[..20];
        var (account, errors) = await accounts.CreateAsync(userName, $"Người dùng {role}", role, scopePath);
        if (account is null)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }

        if (memberId is not null && (await accounts.LinkMemberAsync(account.User.Id, memberId)).Error is { } linkError)
        {
            throw new InvalidOperationException(linkError);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException("User vanished.");
        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, account.OneTimePassword, Password);
        return changed.Succeeded
            ? new TestAccount(userName, Password)
            : throw new InvalidOperationException(string.Join("; ", changed.Errors.Select(e => e.Description)));
    }
}
