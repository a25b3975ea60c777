using Spectre.Console;

namespace DangVu.Web.Features.Accounts;

/// <summary>Where a new account's one-time password is shown, once.</summary>
internal interface IAccountNotice
{
    void Announce(CreatedAccount account, string reason);
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
}
