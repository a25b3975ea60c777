namespace DangVu.Data.FollowUp;

/// <summary>
/// One reminder to one person, recorded before anything is sent: the unique key (task, kind, date it concerns,
/// recipient) makes a second dispatcher — after a restart, a clock jump, or on another instance — find it done. The
/// in-app notification is written in the same transaction; the e-mail goes after, claimed with a lease.
/// </summary>
public sealed class SentReminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaskId { get; set; }

    /// <summary>"before-7", "on-day", "overdue", "missing-report" (<see cref="Core.FollowUp.ReminderDue.Code"/>).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The deadline, or the last day of the period without a report.</summary>
    public DateOnly ConcernsOn { get; set; }

    public Guid RecipientId { get; set; }

    public string? Email { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public ReminderDelivery Delivery { get; set; }

    public int Attempts { get; set; }

    /// <summary>
    /// While in the future (Unix time, milliseconds), one dispatcher is trying the e-mail and others leave it. A number, not
    /// a DateTimeOffset, so SQLite can compare it in SQL.
    /// </summary>
    public long? LeasedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}
