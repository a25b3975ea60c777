using DangVu.Data.FollowUp;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DangVu.Web.Features.FollowUp;

/// <summary>Sends reminder e-mails with MailKit through the configured SMTP server, one connection per e-mail.</summary>
internal sealed class SmtpReminderMailer(IOptions<SmtpOptions> options) : IReminderMailer
{
    public bool IsEnabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(ReminderMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        // The same id on every attempt: a receiver (or the test server) can tell a repeat from a new reminder.
        message.MessageId = mail.MessageId;
        message.Body = new TextPart("plain") { Text = mail.Body };
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.Host!, settings.Port, Security(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions Security(string value) => value.Trim().ToUpperInvariant() switch
    {
        "NONE" => SecureSocketOptions.None,
        "STARTTLS" => SecureSocketOptions.StartTls,
        "SSLONCONNECT" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
