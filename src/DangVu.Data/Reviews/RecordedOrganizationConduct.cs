using DangVu.Core.Meetings;
using DangVu.Core.Reviews;
using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>
/// An organization's conduct from what DangVu recorded for its subtree: follow-up tasks it led that were due in the
/// period and not done by their deadline (as of the end of the period or today, the earlier), and the skipped regular
/// meetings the meeting oversight flags for its cells. A count is null ("chưa có dữ liệu") when nothing of that kind was
/// recorded in the period — no task due, no cell with a meeting — rather than a reassuring zero.
/// </summary>
public sealed class RecordedOrganizationConduct(DangVuDbContext context, MeetingOversight meetings, TimeProvider clock) : IOrganizationConduct
{
    public async Task<OrganizationConduct> ForAsync(Guid organizationId, DateOnly periodStart, DateOnly periodEnd, CancellationToken cancellationToken = default)
    {
        var path = await context.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return OrganizationConduct.NoData;
        }

        var today = VietnameseDates.Today(clock);
        var asOf = periodEnd < today ? periodEnd : today;
        var subtree = context.Organizations.AsNoTracking().Within([path], nameof(PartyOrganization.Path)).Select(o => o.Id);
        var due = await context.FollowUpTasks.AsNoTracking()
            .Where(t => !t.IsSplit && subtree.Contains(t.LeadOrganizationId) && t.DueOn >= periodStart && t.DueOn <= periodEnd)
            .Select(t => new { t.DueOn, t.CompletedOn })
            .ToListAsync(cancellationToken);
        int? overdue = due.Count == 0 ? null : due.Count(t => t.DueOn < asOf && (t.CompletedOn is not { } done || done > t.DueOn));

        var review = await meetings.ReviewAsync([path], periodStart, periodEnd, today, cancellationToken);
        var recorded = review.Cells.Where(c => c.Recorded).ToList();
        int? skipped = recorded.Count == 0 ? null : recorded.Sum(c => c.Flags.Count(f => f.Kind == MeetingFlagKind.SkippedMonth));
        return new OrganizationConduct(overdue, skipped);
    }
}
