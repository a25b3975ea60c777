using DangVu.Core.Access;
using DangVu.Web.Features.Demo;
using Spectre.Console;

namespace DangVu.Web.Features.Accounts;

/// <summary>Where a new account's one-time password is shown, once.</summary>
internal interface IAccountNotice
{
    void Announce(CreatedAccount account, string reason);

    /// <summary>The demo accounts and their shared password, printed at every demo start.</summary>
    void AnnounceDemo(IReadOnlyList<DemoAccount> accounts, string sharedPassword);
}

/// <summary>Prints the one-time password in a box on the terminal that started DangVu.</summary>
internal sealed class ConsoleAccountNotice : IAccountNotice
{
    public void Announce(CreatedAccount account, string reason)
    {
        var text = new Markup(
            $"{Markup.Escape(reason)}\n" +
            $"Tên đăng nhập: [bold]{Markup.Escape(account.User.UserName ?? string.Empty)}[/]\n" +
            $"Mật khẩu dùng một lần: [bold yellow]{Markup.Escape(account.OneTimePassword)}[/]\n" +
            "Mật khẩu này chỉ hiện một lần; phải đổi ngay ở lần đăng nhập đầu tiên.");
        AnsiConsole.Write(new Panel(text) { Header = new PanelHeader("DangVu — tài khoản mới"), Border = BoxBorder.Double });
    }

    public void AnnounceDemo(IReadOnlyList<DemoAccount> accounts, string sharedPassword)
    {
        var width = accounts.Count == 0 ? 0 : accounts.Max(account => account.UserName.Length);
        var lines = accounts.Select(account =>
            $"  [bold]{Markup.Escape(account.UserName.PadRight(width))}[/]  {Markup.Escape(RoleNames.Vietnamese(account.Role))} — {Markup.Escape(account.Reach)}" +
            (account.PasswordChanged ? " (mật khẩu đã được đổi)" : string.Empty));
        var text = new Markup(
            "Tài khoản mẫu, ít nhất một cho mỗi vai trò (chỉ có trong cơ sở dữ liệu mẫu):\n" +
            string.Join("\n", lines) + "\n" +
            $"Mật khẩu chung: [bold yellow]{Markup.Escape(sharedPassword)}[/]\n" +
            "Không cần đổi khi đăng nhập. Mỗi lần chạy “dangvu demo” đều in lại khung này.");
        AnsiConsole.Write(new Panel(text) { Header = new PanelHeader("DangVu — tài khoản mẫu"), Border = BoxBorder.Double });
    }
}
