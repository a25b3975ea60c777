using System.CommandLine;
using DangVu.Core.Access;
using DangVu.Data.Infrastructure;
using DangVu.Web.Features.Accounts;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu user add NAME --full-name … --role …</c>: creates an account and prints its one-time password.</summary>
internal static class UserCommands
{
    private static readonly Argument<string> UserName = new("user-name") { Description = "Tên đăng nhập (chữ không dấu, số, . _ -)" };

    private static readonly Option<string> FullName = new("--full-name")
    {
        Description = "Họ và tên",
        Required = true,
    };

    private static readonly Option<Role> RoleOption = new("--role")
    {
        Description = "Vai trò: Admin, Office, Secretary, Inspection, Member",
        Required = true,
    };

    private static readonly Option<string?> Email = new("--email") { Description = "Thư điện tử" };

    public static void AddTo(RootCommand root)
    {
        var add = new Command("add", "Tạo tài khoản với mật khẩu dùng một lần");
        add.Arguments.Add(UserName);
        add.Options.Add(FullName);
        add.Options.Add(RoleOption);
        add.Options.Add(Email);
        add.SetAction((result, _) => CliFailure.RunAsync(async target =>
        {
            await using var services = CliServices.Build(target);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var (account, errors) = await accounts.CreateAsync(
                result.GetRequiredValue(UserName), result.GetRequiredValue(FullName), result.GetValue(RoleOption),
                email: result.GetValue(Email));
            if (account is null)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync($"dangvu: {error}");
                }

                return CliFailure.UserError;
            }

            new ConsoleAccountNotice().Announce(account, $"Đã tạo tài khoản — {RoleNames.Vietnamese(result.GetValue(RoleOption))}.");
            return 0;
        }, result.GetValue(CommonOptions.Database)));

        var user = new Command("user", "Quản lý tài khoản");
        user.Subcommands.Add(add);
        root.Subcommands.Add(user);
    }
}
