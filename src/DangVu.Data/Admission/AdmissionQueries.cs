using DangVu.Core.Admission;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Admission;

/// <summary>A case with its alerts, for lists.</summary>
public sealed record AdmissionCaseSummary(AdmissionCase Case, string OrganizationName, IReadOnlyList<AdmissionAlert> Alerts);

/// <summary>Reading admission cases within the caller's subtrees, and the alerts secretaries see.</summary>
public sealed class AdmissionQueries(DangVuDbContext context, RuleBook book, WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>A case with its steps and introducers, or null.</summary>
    public async Task<AdmissionCase?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await context.AdmissionCases.AsNoTracking().Include(c => c.Steps).ThenInclude(s => s.Introducers)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The cases under the given subtrees (open ones first, then by name), each with today's alerts.</summary>
    public async Task<IReadOnlyList<AdmissionCaseSummary>> ListAsync(
        IReadOnlyCollection<string> scopePaths, bool includeFinished = true, CancellationToken cancellationToken = default)
    {
        var query = context.AdmissionCases.AsNoTracking().Within(scopePaths, nameof(AdmissionCase.OrganizationPath));
        if (!includeFinished)
        {
            query = query.Where(c => c.Status == AdmissionStatus.Candidate || c.Status == AdmissionStatus.Probationary);
        }

        var cases = await query.ToListAsync(cancellationToken);
        var ids = cases.Select(c => c.OrganizationId).Distinct().ToList();
        var names = await context.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var today = VietnameseDates.Today(clock);
        return [.. cases
            .OrderBy(c => c.Status is AdmissionStatus.Closed or AdmissionStatus.Official)
            .ThenBy(c => c.FullName, PersonNames.Comparer)
            .Select(c => new AdmissionCaseSummary(c, names.GetValueOrDefault(c.OrganizationId, string.Empty), AlertsOf(c, today)))];
    }

    /// <summary>The alerts of one case today.</summary>
    public IReadOnlyList<AdmissionAlert> AlertsOf(AdmissionCase admission, DateOnly today) =>
        AdmissionAlerts.For(new AlertFacts(admission.Status, admission.Step, admission.CertificateIssuedOn, admission.DecisionOn, admission.CeremonyOn), today, book, calendar);
}
