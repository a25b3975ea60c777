namespace DangVu.Data.Organizations;

public enum OrganizationChangeKind
{
    Create = 1,
    Rename = 2,
    Move = 3,
    Merge = 4,
    Split = 5,
    Dissolve = 6,
}

/// <summary>One dated restructuring decision (thành lập, đổi tên, chuyển, hợp nhất, chia tách, giải thể).</summary>
public sealed class OrganizationChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public OrganizationChangeKind Kind { get; set; }

    /// <summary>The day from which the new shape holds.</summary>
    public DateOnly EffectiveOn { get; set; }

    /// <summary>The decision's number and symbol ("15-QĐ/TU"), when there is one.</summary>
    public string? DecisionNumber { get; set; }

    /// <summary>The organization the change is about (for a merge, the one that remains).</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>What happened, in Vietnamese, for the history page.</summary>
    public string Summary { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}
