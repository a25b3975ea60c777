namespace DangVu.Web.Features.FollowUp;

/// <summary>
/// The SMTP server reminders are e-mailed through (configuration section <c>DangVu:Smtp</c>); with no <see cref="Host"/>,
/// reminders are shown in the app only.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "DangVu:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, StartTlsWhenAvailable (the default: TLS when the server offers it) or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "dangvu@localhost";

    public string FromName { get; set; } = "DangVu";

    public int TimeoutSeconds { get; set; } = 30;
}
