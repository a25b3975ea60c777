using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Data.Audit;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>
/// Opens a review period for a subtree: checks the rules allow it (a quarter only where they rate quarterly), then opens
/// a review for every member on the rolls of its cells and for every cell and grassroots organization rated by a
/// committee inside the subtree, all in one save.
/// </summary>
public sealed class ReviewOpening(DangVuDbContext context, RuleBook book, TimeProvider clock, IAuditActor actor)
{
    public async Task<ReviewOutcome<ReviewPeriod>> OpenAsync(NewReviewPeriod request, CancellationToken cancellationToken = default)
    {
        if (request.Year < book.Earliest.Year || request.Year > book.Earliest.Year + 200)
        {
            return ReviewOutcomes.Refused<ReviewPeriod>("Năm đánh giá không hợp lệ.");
        }

        if (Core.Reviews.ReviewPeriods.Refusal(book, request.Kind, request.Year, request.Quarter) is { } refusal)
        {
            return ReviewOutcomes.Refused<ReviewPeriod>(refusal);
        }

        var quarter = request.Kind == ReviewPeriodKind.Quarterly ? request.Quarter : null;
        var (from, to) = Core.Reviews.ReviewPeriods.Covers(request.Kind, request.Year, quarter);
        if (request.Timetable.Problem(from) is { } problem)
        {
            return ReviewOutcomes.Refused<ReviewPeriod>(problem);
        }

        var root = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken);
        if (root is null || !root.IsActive)
        {
            return ReviewOutcomes.Refused<ReviewPeriod>("Hãy chọn một tổ chức đảng còn hoạt động.");
        }

        if (await context.ReviewPeriods.AnyAsync(
            p => p.OrganizationId == root.Id && p.Kind == request.Kind && p.Year == request.Year && p.Quarter == quarter, cancellationToken))
        {
            return ReviewOutcomes.Refused<ReviewPeriod>($"{root.Name} đã mở kỳ đánh giá {Core.Reviews.ReviewPeriods.Name(request.Kind, request.Year, quarter)}.");
        }

        var timetable = request.Timetable;
        var period = new ReviewPeriod
        {
            Name = Core.Reviews.ReviewPeriods.Name(request.Kind, request.Year, quarter),
            Kind = request.Kind,
            Year = request.Year,
            Quarter = quarter,
            CoversFrom = from,
            CoversTo = to,
            RuleSetId = book.On(to).Id,
            OrganizationId = root.Id,
            OrganizationPath = root.Path,
            SelfReviewDue = timetable.SelfReviewDue,
            ProposalDue = timetable.ProposalDue,
            DecisionDue = timetable.DecisionDue,
            OrganizationSelfReviewDue = timetable.OrganizationSelfReviewDue,
            OrganizationDecisionDue = timetable.OrganizationDecisionDue,
            OpenedBy = actor.Name,
            OpenedAt = clock.GetUtcNow(),
            IsSynthetic = request.IsSynthetic,
        };
        context.ReviewPeriods.Add(period);

        var organizations = await context.Organizations.AsNoTracking().Within([root.Path], nameof(PartyOrganization.Path))
            .Where(o => o.DissolvedOn == null).ToDictionaryAsync(o => o.Id, cancellationToken);
        foreach (var organization in organizations.Values.Where(o => o.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell or OrganizationKind.GrassrootsCommittee))
        {
            if (organization.ParentId is { } parentId && organizations.TryGetValue(parentId, out var parent))
            {
                context.OrganizationReviews.Add(new OrganizationReview
                {
                    PeriodId = period.Id,
                    OrganizationId = organization.Id,
                    Name = organization.Name,
                    Kind = organization.Kind,
                    OrganizationPath = organization.Path,
                    ParentId = parent.Id,
                    ParentPath = parent.Path,
                    IsSynthetic = request.IsSynthetic,
                });
            }
        }

        // A period opened for one cell still counts its members in the grassroots organization above it.
        var lookup = new Dictionary<Guid, PartyOrganization>(organizations);
        if (root.ParentId is { } rootParent && await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == rootParent, cancellationToken) is { } above)
        {
            lookup[above.Id] = above;
        }

        var members = await context.Members.AsNoTracking().Within([root.Path], nameof(Members.PartyMember.OrganizationPath))
            .Where(m => m.Status == MemberStatus.Official || m.Status == MemberStatus.Probationary)
            .Select(m => new { m.Id, m.FullName, m.OrganizationId, m.OrganizationPath, m.IsSynthetic }).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            if (!organizations.TryGetValue(member.OrganizationId, out var cell) || GrassrootsOf(cell, lookup) is not { } grassroots)
            {
                continue;
            }

            context.MemberReviews.Add(new MemberReview
            {
                PeriodId = period.Id,
                MemberId = member.Id,
                FullName = member.FullName,
                CellId = cell.Id,
                CellPath = cell.Path,
                GrassrootsId = grassroots.Id,
                IsSynthetic = member.IsSynthetic || request.IsSynthetic,
            });
        }

        await context.SaveChangesAsync(cancellationToken);
        return ReviewOutcomes.Done<ReviewPeriod>(period);
    }

    /// <summary>The grassroots organization a cell answers to: its parent committee, or itself for a grassroots cell.</summary>
    private static PartyOrganization? GrassrootsOf(PartyOrganization cell, Dictionary<Guid, PartyOrganization> organizations) => cell.Kind switch
    {
        OrganizationKind.GrassrootsCell => cell,
        OrganizationKind.Cell when cell.ParentId is { } parent && organizations.TryGetValue(parent, out var committee) => committee,
        _ => null,
    };
}
