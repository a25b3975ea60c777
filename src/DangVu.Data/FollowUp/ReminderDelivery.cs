namespace DangVu.Data.FollowUp;

/// <summary>Where a reminder's e-mail stands.</summary>
public enum ReminderDelivery
{
    /// <summary>Recorded and shown in the app; the e-mail is still to go (or being tried).</summary>
    Pending = 1,

    /// <summary>The SMTP server took the e-mail.</summary>
    Sent = 2,

    /// <summary>In the app only: no SMTP server is configured, or the recipient has no e-mail address.</summary>
    InAppOnly = 3,

    /// <summary>The e-mail failed every attempt.</summary>
    Failed = 4,
}
