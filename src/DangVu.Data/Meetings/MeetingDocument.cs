namespace DangVu.Data.Meetings;

/// <summary>A document posted for members to read before a meeting (the draft resolution, a report, study material).</summary>
public sealed class MeetingDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>Its text, or a summary and where to find it.</summary>
    public string? Body { get; set; }

    /// <summary>When it was posted: late when after the rule's lead time before the meeting.</summary>
    public DateTimeOffset PostedAt { get; set; }

    public string PostedBy { get; set; } = string.Empty;
}
