using DangVu.Core.Organizations;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>Reading review periods, reviews and ballots, and the flags beside them.</summary>
public sealed class ReviewQueries(DangVuDbContext context, RuleBook book, IOrganizationConduct conduct)
{
    /// <summary>Periods a caller with these subtrees takes part in: those opened within them, and those opened above them.</summary>
    public async Task<IReadOnlyList<ReviewPeriod>> PeriodsAsync(IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default)
    {
        var periods = await context.ReviewPeriods.AsNoTracking().ToListAsync(cancellationToken);
        return [.. periods.Where(p => scopes.Any(s => OrganizationPath.IsWithin(p.OrganizationPath, s) || OrganizationPath.IsWithin(s, p.OrganizationPath)))
            .OrderByDescending(p => p.CoversTo).ThenBy(p => p.OrganizationPath, StringComparer.Ordinal)];
    }

    public async Task<ReviewPeriod?> FindPeriodAsync(Guid id, CancellationToken cancellationToken = default) =>
        await context.ReviewPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public RuleSet RulesOf(ReviewPeriod period) => book.Find(period.RuleSetId) ?? book.On(period.CoversTo);

    public async Task<MemberReview?> FindMemberReviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        await context.MemberReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<OrganizationReview?> FindOrganizationReviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        await context.OrganizationReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The member reviews of a period under <paramref name="path"/>, by name.</summary>
    public async Task<IReadOnlyList<MemberReview>> MemberReviewsAsync(Guid periodId, string path, CancellationToken cancellationToken = default)
    {
        var reviews = await context.MemberReviews.AsNoTracking().Where(r => r.PeriodId == periodId)
            .Within([path], nameof(MemberReview.CellPath)).ToListAsync(cancellationToken);
        return [.. reviews.OrderBy(r => r.FullName, PersonNames.Comparer)];
    }

    /// <summary>The organization reviews of a period under <paramref name="path"/> (the organization itself included), in tree order.</summary>
    public async Task<IReadOnlyList<OrganizationReview>> OrganizationReviewsAsync(Guid periodId, string path, CancellationToken cancellationToken = default) =>
        [.. (await context.OrganizationReviews.AsNoTracking().Where(r => r.PeriodId == periodId)
            .Within([path], nameof(OrganizationReview.OrganizationPath)).ToListAsync(cancellationToken)).OrderBy(r => r.OrganizationPath, StringComparer.Ordinal)];

    /// <summary>The organization reviews a committee proposes and decides: those whose parent it is.</summary>
    public async Task<IReadOnlyList<OrganizationReview>> ReviewsDecidedByAsync(Guid periodId, Guid committeeId, CancellationToken cancellationToken = default) =>
        [.. (await context.OrganizationReviews.AsNoTracking().Where(r => r.PeriodId == periodId && r.ParentId == committeeId).ToListAsync(cancellationToken))
            .OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))];

    /// <summary>A member's own reviews, newest period first.</summary>
    public async Task<IReadOnlyList<(MemberReview Review, ReviewPeriod Period)>> ReviewsOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var rows = await context.MemberReviews.AsNoTracking().Where(r => r.MemberId == memberId)
            .Join(context.ReviewPeriods.AsNoTracking(), r => r.PeriodId, p => p.Id, (r, p) => new { r, p }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(x => x.p.CoversTo).Select(x => (x.r, x.p))];
    }

    public async Task<IReadOnlyList<SecretBallot>> BallotsAsync(Guid periodId, string path, CancellationToken cancellationToken = default) =>
        await context.SecretBallots.AsNoTracking().Include(b => b.Candidates).Where(b => b.PeriodId == periodId)
            .Within([path], nameof(SecretBallot.CellPath)).ToListAsync(cancellationToken);

    public async Task<SecretBallot?> FindBallotAsync(Guid id, CancellationToken cancellationToken = default) =>
        await context.SecretBallots.AsNoTracking().Include(b => b.Candidates).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    /// <summary>Who was given a ballot, by name.</summary>
    public async Task<IReadOnlyList<BallotVoter>> VotersAsync(Guid ballotId, CancellationToken cancellationToken = default) =>
        [.. (await context.BallotVoters.AsNoTracking().Where(v => v.BallotId == ballotId).ToListAsync(cancellationToken)).OrderBy(v => v.FullName, PersonNames.Comparer)];

    /// <summary>The levels decided for these members in the period before (the same kind: last year, or the quarter before).</summary>
    public async Task<IReadOnlyDictionary<Guid, RatingLevel>> PreviousLevelsAsync(ReviewPeriod period, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default)
    {
        var (year, quarter) = period.Kind == ReviewPeriodKind.Yearly ? (period.Year - 1, (int?)null)
            : period.Quarter == 1 ? (period.Year - 1, 4) : (period.Year, period.Quarter - 1);
        var previous = await context.ReviewPeriods.AsNoTracking().Where(p => p.Kind == period.Kind && p.Year == year && p.Quarter == quarter)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = await context.MemberReviews.AsNoTracking()
            .Where(r => previous.Contains(r.PeriodId) && memberIds.Contains(r.MemberId) && r.DecidedLevel != null)
            .Select(r => new { r.MemberId, r.DecidedLevel }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MemberId).ToDictionary(g => g.Key, g => g.First().DecidedLevel!.Value);
    }

    /// <summary>The inflation flags of one organization's member reviews, with its conduct over the period.</summary>
    public async Task<IReadOnlyList<InflationFlag>> FlagsAsync(
        ReviewPeriod period, Guid organizationId, IReadOnlyCollection<MemberReview> reviews, CancellationToken cancellationToken = default)
    {
        if (reviews.Count == 0)
        {
            return [];
        }

        var previous = await PreviousLevelsAsync(period, [.. reviews.Select(r => r.MemberId)], cancellationToken);
        var rated = reviews.Select(r => new RatedMember(
            r.MemberId, r.FullName, r.CurrentLevel, r.ProposedPoints ?? r.SelfPoints,
            previous.TryGetValue(r.MemberId, out var before) ? before : null, r.Evidence)).ToList();
        var facts = await conduct.ForAsync(organizationId, period.CoversFrom, period.CoversTo, cancellationToken);
        return InflationFlags.For(rated, facts, RulesOf(period));
    }
}
