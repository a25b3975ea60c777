using DangVu.Core.Meetings;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Meetings;

/// <summary>
/// What the office watches: every cell of a subtree over a period, with the flags its meetings raise under the rules of
/// their dates (<see cref="MeetingFlags"/>), the weak-cell list (<see cref="WeakCellCriteria"/>), and the figures the
/// statistics show. Computed on read from the meeting rows; nothing is stored.
/// </summary>
public sealed class MeetingOversight(DangVuDbContext context, RuleBook book)
{
    public async Task<MeetingReview> ReviewAsync(
        IReadOnlyCollection<string> scopePaths, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken = default)
    {
        var cells = await context.Organizations.AsNoTracking()
            .Within(scopePaths, nameof(PartyOrganization.Path))
            .Where(o => (o.Kind == OrganizationKind.Cell || o.Kind == OrganizationKind.GrassrootsCell)
                && o.EstablishedOn <= to && (o.DissolvedOn == null || o.DissolvedOn >= from))
            .Select(o => new { o.Id, o.Name, o.EstablishedOn, o.DissolvedOn })
            .ToListAsync(cancellationToken);
        // Windows never cross a year, so every window ending in the period starts on or after 1 January of its first year.
        var start = new DateOnly(from.Year, 1, 1);
        var inPeriod = context.CellMeetings.AsNoTracking()
            .Within(scopePaths, nameof(CellMeeting.OrganizationPath))
            .Where(m => m.Date >= start && m.Date <= to);
        var meetings = await inPeriod.ToListAsync(cancellationToken);
        var documents = (await inPeriod.SelectMany(m => m.Documents.Select(d => new { d.MeetingId, d.Title, d.PostedAt })).ToListAsync(cancellationToken))
            .ToLookup(d => d.MeetingId, d => new PostedDocument(d.Title, MeetingTime.DateOf(d.PostedAt)));
        var byCell = meetings.ToLookup(m => m.OrganizationId);
        var reviews = new List<CellReview>();
        foreach (var cell in cells.OrderBy(c => c.Name, Core.Text.VietnameseText.Comparer))
        {
            var facts = byCell[cell.Id].Select(m => m.ToFacts() with { Documents = [.. documents[m.Id]] }).ToList();
            var flags = MeetingFlags.For(new CellLife(cell.EstablishedOn, cell.DissolvedOn), facts, from, to, today, book);
            var held = facts.Where(m => m.Status == MeetingStatus.Held && m.Date >= from && m.Date <= to).ToList();
            var recorded = facts.Any(m => m.Date >= from && m.Date <= to);
            reviews.Add(new CellReview(
                cell.Id, cell.Name, recorded, flags, recorded ? WeakCellCriteria.Default.Reasons(flags) : [], held.Count, held.Count(m => MeetingKinds.CountsAsThematic(m.Kind)),
                held.Sum(m => m.Expected), held.Sum(m => m.PresentOfExpected)));
        }

        return new MeetingReview(from, to, reviews, Months(from, to, meetings, reviews));
    }

    private static List<MonthFigures> Months(DateOnly from, DateOnly to, IReadOnlyCollection<CellMeeting> meetings, IReadOnlyCollection<CellReview> reviews)
    {
        var months = new List<MonthFigures>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            var held = meetings.Where(m => m.Status == MeetingStatus.Held && m.Date >= month && m.Date <= end && m.Date >= from && m.Date <= to).ToList();
            months.Add(new MonthFigures(
                month.Year, month.Month, held.Count, held.Count(m => MeetingKinds.CountsAsThematic(m.Kind)), held.Sum(m => m.Expected),
                held.Sum(m => m.PresentOfExpected), reviews.Where(r => r.Recorded).Sum(r => r.Flags.Count(f => f.To >= month && f.To <= end))));
        }

        return months;
    }
}
