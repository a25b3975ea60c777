using DangVu.Core.FollowUp;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.FollowUp;

/// <summary>A task with everything its page shows.</summary>
public sealed record TaskDetail(
    FollowUpTask Task, TaskPlaces Places, IReadOnlyDictionary<Guid, string> OrganizationNames, string? TrackingOfficerName,
    IReadOnlyList<ProgressReport> Reports, IReadOnlyList<FollowUpTask> SplitInto);

/// <summary>A document's tasks counted, for the list of documents followed.</summary>
public sealed record FollowedDocument(string SourceKey, string? NumberSymbol, string? Title, DateOnly? Date, int Tasks);

/// <summary>
/// Reads tasks for pages, roll-ups and exports. States need each task's first "done" and latest report: as of today (or
/// later) they are the task's own columns; as of an earlier date they are worked out from the reports up to it, one
/// grouped query over the report index. Task sets are narrowed in SQL by document or by organization subtree (the lead's
/// index, and the co-operators' one, united), then by the caller's reach in memory from the organizations' current paths.
/// </summary>
public sealed class FollowUpQueries(DangVuDbContext context, TimeProvider clock)
{
    /// <summary>Whether the demo's tasks are here (the dashboard then offers their 2008 view).</summary>
    public Task<bool> HasSyntheticAsync(CancellationToken cancellationToken = default) => context.FollowUpTasks.AnyAsync(t => t.IsSynthetic, cancellationToken);

    public async Task<FollowUpTask?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await context.FollowUpTasks.AsNoTracking().Include(t => t.Cooperators).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>The current paths of a task's organizations.</summary>
    public async Task<TaskPlaces> PlacesAsync(FollowUpTask task, CancellationToken cancellationToken = default)
    {
        var paths = await PathsAsync([task.LeadOrganizationId, task.IssuingOrganizationId, .. task.Cooperators.Select(c => c.OrganizationId)], cancellationToken);
        return Places(task.LeadOrganizationId, task.IssuingOrganizationId, task.Cooperators.Select(c => c.OrganizationId), paths);
    }

    public async Task<TaskDetail?> DetailAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var task = await FindAsync(id, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var reports = await context.ProgressReports.AsNoTracking().Include(r => r.Evidence).Where(r => r.TaskId == id)
            .OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var parts = await context.FollowUpTasks.AsNoTracking().Where(t => t.SplitFromId == id).OrderBy(t => t.SourceParagraph).ToListAsync(cancellationToken);
        var ids = new HashSet<Guid>([task.LeadOrganizationId, task.IssuingOrganizationId, .. task.Cooperators.Select(c => c.OrganizationId),
            .. reports.Select(r => r.OrganizationId), .. parts.Select(p => p.LeadOrganizationId)]);
        var organizations = await context.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.Path }).ToListAsync(cancellationToken);
        var officer = task.TrackingOfficerId is { } officerId
            ? await context.Users.AsNoTracking().Where(u => u.Id == officerId).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var places = Places(task.LeadOrganizationId, task.IssuingOrganizationId, task.Cooperators.Select(c => c.OrganizationId), organizations.ToDictionary(o => o.Id, o => o.Path));
        return new TaskDetail(task, places, organizations.ToDictionary(o => o.Id, o => o.Name), officer, reports, parts);
    }

    /// <summary>An evidence file's record with its task, or null.</summary>
    public async Task<(EvidenceFile File, FollowUpTask Task)?> EvidenceAsync(Guid fileId, CancellationToken cancellationToken = default)
    {
        var file = await context.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        var task = file is null ? null : await FindAsync(file.TaskId, cancellationToken);
        return file is null || task is null ? null : (file, task);
    }

    public Task<byte[]?> EvidenceContentAsync(string sha256, CancellationToken cancellationToken = default) =>
        context.EvidenceContents.AsNoTracking().Where(c => c.Sha256 == sha256).Select(c => c.Content).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The tasks of the selection that the caller reaches, with their facts as of <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<TaskRow>> RowsAsync(TaskSelection selection, FollowUpReach reach, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        // The selection as a query of task ids, used as a subquery by every read below (no id lists sent back and forth).
        var ids = SelectedIds(selection, reach);
        var found = await context.FollowUpTasks.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new
            {
                t.Id,
                t.Title,
                t.SourceKey,
                t.SourceNumberSymbol,
                t.SourceParagraph,
                t.LeadOrganizationId,
                t.IssuingOrganizationId,
                t.TermKind,
                t.StartOn,
                t.DueOn,
                t.Cadence,
                t.CompletedOn,
                t.LastReportOn,
                t.IsSynthetic,
            })
            .ToListAsync(cancellationToken);
        var cooperators = (await context.TaskCooperators.AsNoTracking().Where(c => ids.Contains(c.TaskId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.TaskId, c => c.OrganizationId);
        var organizationIds = found.SelectMany(t => new[] { t.LeadOrganizationId, t.IssuingOrganizationId }).Concat(cooperators.SelectMany(c => c)).ToHashSet();
        var organizations = await context.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Path }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var facts = asOf < VietnameseDates.Today(clock) ? await FactsAsOfAsync(ids, asOf, cancellationToken) : null;
        var paths = organizations.ToDictionary(o => o.Key, o => o.Value.Path);
        var rows = new List<TaskRow>(found.Count);
        foreach (var t in found)
        {
            var places = Places(t.LeadOrganizationId, t.IssuingOrganizationId, cooperators[t.Id], paths);
            if (!reach.IsWholeTree && !reach.Sees(places))
            {
                continue;
            }

            var (completed, last) = facts is null ? (t.CompletedOn, t.LastReportOn) : facts.GetValueOrDefault(t.Id);
            var label = string.Join(", ", new[] { t.SourceNumberSymbol, t.SourceParagraph is null ? null : $"mục {t.SourceParagraph}" }.Where(p => !string.IsNullOrEmpty(p)));
            var snapshot = new TaskSnapshot(t.Id, t.Title, t.SourceKey, label, t.LeadOrganizationId,
                organizations.TryGetValue(t.LeadOrganizationId, out var lead) ? lead.Name : string.Empty,
                new TaskFacts(new TaskTerm(t.TermKind, t.StartOn, t.DueOn), t.Cadence, completed, last));
            rows.Add(new TaskRow(snapshot, places, t.IsSynthetic));
        }

        return rows;
    }

    /// <summary>The documents with tasks the caller reaches, newest first.</summary>
    public async Task<IReadOnlyList<FollowedDocument>> DocumentsAsync(FollowUpReach reach, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(new TaskSelection(), reach, VietnameseDates.Today(clock), cancellationToken);
        var keys = rows.Where(r => r.Snapshot.SourceKey is not null).Select(r => r.Snapshot.SourceKey!).Distinct().ToList();
        var heads = await context.FollowUpTasks.AsNoTracking().Where(t => t.SourceKey != null && keys.Contains(t.SourceKey))
            .GroupBy(t => t.SourceKey!)
            .Select(g => new { Key = g.Key, NumberSymbol = g.Max(t => t.SourceNumberSymbol), Title = g.Max(t => t.SourceTitle), Date = g.Max(t => t.SourceDate) })
            .ToListAsync(cancellationToken);
        var counts = rows.Where(r => r.Snapshot.SourceKey is not null).GroupBy(r => r.Snapshot.SourceKey!).ToDictionary(g => g.Key, g => g.Count());
        return [.. heads.Select(h => new FollowedDocument(h.Key, h.NumberSymbol, h.Title, h.Date, counts.GetValueOrDefault(h.Key))).OrderByDescending(d => d.Date)];
    }

    /// <summary>
    /// The ids of the selected tasks: by document or deadline on the tasks' indexes; by organization subtree as the lead's
    /// index and the co-operators' one, united (ids only, so the union compares one column); for the caller's own list,
    /// also what their office issued.
    /// </summary>
    private IQueryable<Guid> SelectedIds(TaskSelection selection, FollowUpReach reach)
    {
        var tasks = context.FollowUpTasks.AsNoTracking().Where(t => !t.IsSplit);
        if (selection.SourceKey is { } key)
        {
            tasks = tasks.Where(t => t.SourceKey == key);
        }

        if (selection.DueFrom is { } from)
        {
            tasks = tasks.Where(t => t.DueOn >= from);
        }

        if (selection.DueTo is { } to)
        {
            tasks = tasks.Where(t => t.DueOn <= to);
        }

        if (selection.OrganizationPath is { } path && path != OrganizationPath.Root)
        {
            return InOrganizations(tasks, [path]);
        }

        if (selection.SourceKey is null && !reach.IsWholeTree)
        {
            // The caller's own list: what their organizations do, and what their office issued.
            var issued = IssuedWithin(tasks, reach.OfficeScopes);
            return reach.ReadScopes.Count == 0 ? issued : InOrganizations(tasks, reach.ReadScopes).Union(issued);
        }

        return tasks.Select(t => t.Id);
    }

    private IQueryable<Guid> InOrganizations(IQueryable<FollowUpTask> tasks, IReadOnlyCollection<string> scopes)
    {
        var organizations = context.Organizations.Within(scopes, nameof(PartyOrganization.Path)).Select(o => o.Id);
        var cooperating = context.TaskCooperators.Where(c => organizations.Contains(c.OrganizationId)).Select(c => c.TaskId);
        return tasks.Where(t => organizations.Contains(t.LeadOrganizationId)).Select(t => t.Id)
            .Union(tasks.Where(t => cooperating.Contains(t.Id)).Select(t => t.Id));
    }

    private IQueryable<Guid> IssuedWithin(IQueryable<FollowUpTask> tasks, IReadOnlyCollection<string> scopes)
    {
        if (scopes.Count == 0)
        {
            return tasks.Where(_ => false).Select(t => t.Id);
        }

        var organizations = context.Organizations.Within(scopes, nameof(PartyOrganization.Path)).Select(o => o.Id);
        return tasks.Where(t => organizations.Contains(t.IssuingOrganizationId)).Select(t => t.Id);
    }

    /// <summary>Each selected task's first "done" and latest report dated on or before <paramref name="asOf"/>.</summary>
    private async Task<Dictionary<Guid, (DateOnly? Completed, DateOnly? Last)>> FactsAsOfAsync(IQueryable<Guid> ids, DateOnly asOf, CancellationToken cancellationToken)
    {
        var grouped = await context.ProgressReports.AsNoTracking()
            .Where(r => ids.Contains(r.TaskId) && r.ReportedOn <= asOf)
            .GroupBy(r => r.TaskId)
            .Select(g => new
            {
                g.Key,
                Last = g.Max(r => r.ReportedOn),
                Completed = g.Where(r => r.Status == ReportStatus.Done).Min(r => (DateOnly?)r.ReportedOn),
            })
            .ToListAsync(cancellationToken);
        return grouped.ToDictionary(row => row.Key, row => ((DateOnly?)row.Completed, (DateOnly?)row.Last));
    }

    private async Task<Dictionary<Guid, string>> PathsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        return await context.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
    }

    private static TaskPlaces Places(Guid lead, Guid issuer, IEnumerable<Guid> cooperators, IReadOnlyDictionary<Guid, string> paths) => new(
        paths.GetValueOrDefault(lead, "\u0000"),
        [.. cooperators.Select(c => paths.GetValueOrDefault(c, "\u0000"))],
        paths.GetValueOrDefault(issuer, "\u0000"));
}
