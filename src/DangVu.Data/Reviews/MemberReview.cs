using DangVu.Core.Reviews;
using DangVu.Core.Rules;

namespace DangVu.Data.Reviews;

/// <summary>
/// One member's review in a period: the self-review, the cell's assessment and proposed level, the committee's decision.
/// Opened for every member on the rolls when the period opens; the cell and grassroots organization are copied so caps
/// and lists read one row.
/// </summary>
public sealed class MemberReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PeriodId { get; set; }

    public Guid MemberId { get; set; }

    public string FullName { get; set; } = string.Empty;

    /// <summary>The member's cell (or grassroots cell) when the period opened.</summary>
    public Guid CellId { get; set; }

    public string CellPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    /// <summary>The grassroots organization whose committee decides and over which the cap is counted.</summary>
    public Guid GrassrootsId { get; set; }

    /// <summary>Points per criterion key, as JSON ({"politics": 18, …}); null where the rules score nothing or before the self-review.</summary>
    public string? SelfScores { get; set; }

    public decimal? SelfPoints { get; set; }

    public RatingLevel? SelfLevel { get; set; }

    /// <summary>What the member writes of themself (strengths, shortcomings, remedies).</summary>
    public string? SelfText { get; set; }

    /// <summary>Outstanding achievements: the evidence an "excellent" rests on.</summary>
    public string? Achievements { get; set; }

    public int? TasksDonePercent { get; set; }

    public int? TasksExceededPercent { get; set; }

    public DateOnly? SelfReviewedOn { get; set; }

    public RatingLevel? ProposedLevel { get; set; }

    public decimal? ProposedPoints { get; set; }

    public string? ProposalNote { get; set; }

    public DateOnly? ProposedOn { get; set; }

    public string? ProposedBy { get; set; }

    public RatingLevel? DecidedLevel { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>Why the committee decided over the cap on "excellent"; null when it did not.</summary>
    public string? OverrideReason { get; set; }

    public bool IsSynthetic { get; set; }

    public int Version { get; set; }

    /// <summary>Where the review stands: the last step done.</summary>
    public ReviewStage? Stage => DecidedLevel is not null ? ReviewStage.Decision
        : ProposedLevel is not null ? ReviewStage.Proposal
        : SelfReviewedOn is not null ? ReviewStage.SelfReview
        : null;

    /// <summary>The level decided, else proposed.</summary>
    public RatingLevel? CurrentLevel => DecidedLevel ?? ProposedLevel;

    /// <summary>The evidence an "excellent" rests on, with the points decided on (proposed, else self-assessed).</summary>
    public ExcellentEvidence Evidence => new(ProposedPoints ?? SelfPoints, TasksDonePercent, TasksExceededPercent, Achievements);
}
