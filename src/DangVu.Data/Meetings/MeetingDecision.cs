namespace DangVu.Data.Meetings;

/// <summary>
/// A decision the meeting took (the resolution's points). <see cref="TrackAsTask"/> marks one the directive follow-up
/// (issue 5) is to turn into a tracked task; nothing reads it yet.
/// </summary>
public sealed class MeetingDecision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    /// <summary>Its place in the list, from 1.</summary>
    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>To be tracked as a task by the follow-up feature.</summary>
    public bool TrackAsTask { get; set; }
}
