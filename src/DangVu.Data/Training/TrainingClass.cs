using DangVu.Core.Text;
using DangVu.Core.Training;

namespace DangVu.Data.Training;

/// <summary>
/// A class an organization opens (awareness of the Party, new-member theory, study of a resolution, reporters'
/// refresher): its dates, sessions and the people enrolled. Every change bumps <see cref="Version"/>; a change sent
/// against an older version is a conflict.
/// </summary>
public sealed class TrainingClass
{
    private string _name = string.Empty;
    private string? _topic;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public TrainingKind Kind { get; set; }

    public string Name
    {
        get => _name;
        set => _name = VietnameseText.Normalize(value);
    }

    /// <summary>The resolution studied ("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khoá X"), or the subject.</summary>
    public string? Topic
    {
        get => _topic;
        set
        {
            _topic = VietnameseText.Normalize(value) is { Length: > 0 } topic ? topic : null;
            TopicKey = VietnameseText.SearchKey(_topic);
        }
    }

    /// <summary>The topic folded (marks, case, đ→d): classes studying the same resolution share it, however it was typed.</summary>
    public string TopicKey { get; private set; } = string.Empty;

    /// <summary>The organization that opens the class: only its members (or candidates) may be enrolled.</summary>
    public Guid OrganizerId { get; set; }

    /// <summary>The organizer's materialized path, so "classes under X" is one index range.</summary>
    public string OrganizerPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string? Place { get; set; }

    /// <summary>Made up for the demo.</summary>
    public bool IsSynthetic { get; set; }

    public int Version { get; set; }

    public List<TrainingSession> Sessions { get; } = [];

    public List<TrainingEnrolment> Enrolments { get; } = [];
}

/// <summary>One session of a class.</summary>
public sealed class TrainingSession
{
    private string _title = string.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClassId { get; set; }

    public DateOnly On { get; set; }

    public string Title
    {
        get => _title;
        set => _title = VietnameseText.Normalize(value);
    }
}
