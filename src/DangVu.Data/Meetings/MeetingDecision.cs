namespace DangVu.Data.Meetings;

/// <summary>
/// A decision the meeting took (the resolution's points). One marked <see cref="TrackAsTask"/> becomes a tracked task
/// of the directive follow-up when the meeting is closed (<see cref="FollowUpTaskId"/>).
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

    /// <summary>The follow-up task made from it, led by the cell.</summary>
    public Guid? FollowUpTaskId { get; set; }
}
