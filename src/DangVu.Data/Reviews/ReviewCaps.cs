using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>The cap on "excellent" of one grassroots organization in a period: as decided, as proposed, and as a decision would leave it.</summary>
public sealed record CapView(ExcellentCapStatus Decided, ExcellentCapStatus Projected);

/// <summary>Counting the cap on "excellent" per grassroots organization, as the rule set of the period says.</summary>
public sealed class ReviewCaps(DangVuDbContext context)
{
    /// <summary>Decided so far, and projected (decided, else proposed) — what the committee sees while deciding.</summary>
    public async Task<CapView> OfAsync(Guid periodId, Guid grassrootsId, RuleSet rules, CancellationToken cancellationToken = default)
    {
        var levels = await context.MemberReviews.AsNoTracking().Where(r => r.PeriodId == periodId && r.GrassrootsId == grassrootsId)
            .Select(r => new { r.DecidedLevel, r.ProposedLevel }).ToListAsync(cancellationToken);
        return new CapView(
            ExcellentCapStatus.Of(rules, levels.Count(l => l.DecidedLevel == RatingLevel.Excellent), levels.Count(l => l.DecidedLevel == RatingLevel.Good)),
            ExcellentCapStatus.Of(rules, levels.Count(l => (l.DecidedLevel ?? l.ProposedLevel) == RatingLevel.Excellent),
                levels.Count(l => (l.DecidedLevel ?? l.ProposedLevel) == RatingLevel.Good)));
    }

    /// <summary>The decided counts of the grassroots organization with <paramref name="review"/> decided at <paramref name="level"/>.</summary>
    public async Task<ExcellentCapStatus> AfterDecisionAsync(MemberReview review, RatingLevel level, RuleSet rules, CancellationToken cancellationToken = default)
    {
        var others = await context.MemberReviews.AsNoTracking()
            .Where(r => r.PeriodId == review.PeriodId && r.GrassrootsId == review.GrassrootsId && r.Id != review.Id && r.DecidedLevel != null)
            .Select(r => r.DecidedLevel).ToListAsync(cancellationToken);
        others.Add(level);
        return ExcellentCapStatus.Of(rules, others.Count(l => l == RatingLevel.Excellent), others.Count(l => l == RatingLevel.Good));
    }
}
