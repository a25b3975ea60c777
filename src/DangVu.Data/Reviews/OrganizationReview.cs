using DangVu.Core.Organizations;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;

namespace DangVu.Data.Reviews;

/// <summary>
/// One organization's review in a period, the members' chain one level up: its own self-review (by its secretary), the
/// assessment and proposed level of the committee above (its parent), and that committee's decision.
/// </summary>
public sealed class OrganizationReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PeriodId { get; set; }

    public Guid OrganizationId { get; set; }

    public string Name { get; set; } = string.Empty;

    public OrganizationKind Kind { get; set; }

    public string OrganizationPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    /// <summary>The committee above, which proposes and decides.</summary>
    public Guid ParentId { get; set; }

    public string ParentPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    public decimal? SelfPoints { get; set; }

    public RatingLevel? SelfLevel { get; set; }

    public string? SelfText { get; set; }

    public string? Achievements { get; set; }

    public int? TasksDonePercent { get; set; }

    public int? TasksExceededPercent { get; set; }

    public DateOnly? SelfReviewedOn { get; set; }

    public RatingLevel? ProposedLevel { get; set; }

    public string? ProposalNote { get; set; }

    public DateOnly? ProposedOn { get; set; }

    public string? ProposedBy { get; set; }

    public RatingLevel? DecidedLevel { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public bool IsSynthetic { get; set; }

    public int Version { get; set; }

    public ReviewStage? Stage => DecidedLevel is not null ? ReviewStage.Decision
        : ProposedLevel is not null ? ReviewStage.Proposal
        : SelfReviewedOn is not null ? ReviewStage.SelfReview
        : null;

    public ExcellentEvidence Evidence => new(SelfPoints, TasksDonePercent, TasksExceededPercent, Achievements);
}
