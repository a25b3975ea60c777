using System.Collections.Concurrent;
using DangVu.Data.FollowUp;

namespace DangVu.TestCommon.FollowUp;

/// <summary>A mailer that keeps what it was asked to send, and can be told to fail.</summary>
public sealed class RecordingMailer : IReminderMailer
{
    public ConcurrentQueue<ReminderMail> Sent { get; } = new();

    public bool Failing { get; set; }

    public bool IsEnabled => true;

    public Task SendAsync(ReminderMail mail, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            throw new IOException("SMTP server unreachable (test).");
        }

        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
