using DangVu.Core.Rules;

namespace DangVu.Data.Reviews;

/// <summary>A self-review: points per criterion where the rules score ratings (else the level the member proposes for themself).</summary>
public sealed record SelfReviewRequest(
    DateOnly On, string? Text, IReadOnlyDictionary<string, decimal>? Scores = null, RatingLevel? Level = null, string? Achievements = null,
    int? TasksDonePercent = null, int? TasksExceededPercent = null);

/// <summary>The assessment and proposed level of the cell (or, for an organization, of the committee above).</summary>
public sealed record ProposalRequest(DateOnly On, RatingLevel Level, decimal? Points = null, string? Note = null);

/// <summary>The committee's decision; over the cap on "excellent" only with <paramref name="OverrideReason"/>.</summary>
public sealed record DecisionRequest(DateOnly On, RatingLevel Level, string? OverrideReason = null);
