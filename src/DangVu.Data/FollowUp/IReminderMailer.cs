namespace DangVu.Data.FollowUp;

/// <summary>One reminder e-mail. <see cref="MessageId"/> is the same on every attempt, so a receiver can drop a repeat.</summary>
public sealed record ReminderMail(string MessageId, string ToAddress, string ToName, string Subject, string Body);

/// <summary>Sends reminder e-mails (SMTP in the web host); <see cref="IsEnabled"/> is false when no server is configured.</summary>
public interface IReminderMailer
{
    bool IsEnabled { get; }

    Task SendAsync(ReminderMail mail, CancellationToken cancellationToken);
}

/// <summary>No e-mail: reminders are shown in the app only.</summary>
public sealed class NoReminderMailer : IReminderMailer
{
    public bool IsEnabled => false;

    public Task SendAsync(ReminderMail mail, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("E-mail is not configured.");
}
