namespace DangVu.Data.FollowUp;

/// <summary>An in-app notification (thông báo) for one account.</summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>Where it leads in the app ("/theo-doi/nhiem-vu/…").</summary>
    public string? Link { get; set; }

    public Guid? TaskId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
