using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>Where one cell (or grassroots cell) stands against the timetable: members' steps, and its own review's.</summary>
public sealed record CellTimeliness(
    Guid OrganizationId, string Name, string Path, int Members, StepTimeliness SelfReview, StepTimeliness Proposal, StepTimeliness Decision,
    StepTimeliness? OrganizationSelfReview, StepTimeliness? OrganizationDecision)
{
    /// <summary>Every step this row judges.</summary>
    public IEnumerable<StepTimeliness> Steps =>
        new StepTimeliness?[] { SelfReview, Proposal, Decision, OrganizationSelfReview, OrganizationDecision }.OfType<StepTimeliness>();
}

/// <summary>One grassroots organization's results: counts by decided level, what is left, the cap, the overrides.</summary>
public sealed record GrassrootsSummary(
    Guid OrganizationId, string Name, int Members, IReadOnlyDictionary<RatingLevel, int> Decided, int Undecided, CapView Cap, int Overrides);

/// <summary>The office's view of a period: timeliness per organization and results per grassroots organization.</summary>
public sealed class ReviewDashboard(DangVuDbContext context, ReviewQueries queries, ReviewCaps caps)
{
    public async Task<IReadOnlyList<CellTimeliness>> TimelinessAsync(ReviewPeriod period, string path, DateOnly today, CancellationToken cancellationToken = default)
    {
        var reviews = await queries.MemberReviewsAsync(period.Id, path, cancellationToken);
        var organizations = await queries.OrganizationReviewsAsync(period.Id, path, cancellationToken);
        var ids = reviews.Select(r => r.CellId).Union(organizations.Select(o => o.OrganizationId)).ToList();
        var names = await context.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Name, o.Path), cancellationToken);
        var rows = new List<CellTimeliness>();
        foreach (var id in ids)
        {
            var members = reviews.Where(r => r.CellId == id).ToList();
            var own = organizations.FirstOrDefault(o => o.OrganizationId == id);
            var (name, organizationPath) = names.GetValueOrDefault(id, ("", ""));
            rows.Add(new CellTimeliness(
                id, name, organizationPath, members.Count,
                Step(period.SelfReviewDue, members, r => r.SelfReviewedOn, today),
                Step(period.ProposalDue, members, r => r.ProposedOn, today),
                Step(period.DecisionDue, members, r => r.DecidedOn, today),
                own is null ? null : ReviewTimeliness.Of(period.OrganizationSelfReviewDue, own.SelfReviewedOn is null ? 1 : 0, own.SelfReviewedOn, today),
                own is null ? null : ReviewTimeliness.Of(period.OrganizationDecisionDue, own.DecidedOn is null ? 1 : 0, own.DecidedOn, today)));
        }

        return [.. rows.OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<GrassrootsSummary>> SummaryAsync(ReviewPeriod period, string path, CancellationToken cancellationToken = default)
    {
        var rules = queries.RulesOf(period);
        var reviews = await queries.MemberReviewsAsync(period.Id, path, cancellationToken);
        var ids = reviews.Select(r => r.GrassrootsId).Distinct().ToList();
        var names = await context.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Name, o.Path), cancellationToken);
        var rows = new List<GrassrootsSummary>();
        foreach (var group in reviews.GroupBy(r => r.GrassrootsId).OrderBy(g => names.GetValueOrDefault(g.Key).Path, StringComparer.Ordinal))
        {
            var decided = RatingScale.Levels.ToDictionary(level => level, level => group.Count(r => r.DecidedLevel == level));
            rows.Add(new GrassrootsSummary(
                group.Key, names.GetValueOrDefault(group.Key).Name ?? "", group.Count(), decided, group.Count(r => r.DecidedLevel is null),
                await caps.OfAsync(period.Id, group.Key, rules, cancellationToken), group.Count(r => r.OverrideReason is not null)));
        }

        return rows;
    }

    private static StepTimeliness Step(DateOnly deadline, IReadOnlyCollection<MemberReview> members, Func<MemberReview, DateOnly?> done, DateOnly today)
    {
        var dates = members.Select(done).ToList();
        return ReviewTimeliness.Of(deadline, dates.Count(d => d is null), dates.Count == 0 ? null : dates.Max(), today);
    }
}
