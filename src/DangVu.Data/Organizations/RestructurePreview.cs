using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DangVu.Data.Organizations;

/// <summary>An organization a restructuring founds or closes.</summary>
public sealed record PreviewOrganization(Guid Id, string Name, OrganizationKind Kind);

/// <summary>An organization whose materialized path a restructuring rewrites, with the parent it stood under and will stand under.</summary>
public sealed record PreviewPathChange(
    Guid Id, string Name, OrganizationKind Kind, Guid? FromParentId, string? FromParent, Guid? ToParentId, string? ToParent)
{
    /// <summary>False for the units below a moved one: they keep their parent and only follow it.</summary>
    public bool ParentChanges => FromParentId != ToParentId;
}

/// <summary>A member who changes cell.</summary>
public sealed record PreviewMember(Guid Id, string FullName, Guid FromId, string From, Guid ToId, string To);

/// <summary>How many members one cell receives.</summary>
public sealed record PreviewDestination(Guid Id, string Name, int Members);

/// <summary>
/// What a restructuring would do: the change it would record, the organizations it founds, closes and moves (path
/// rewritten), the members who change cell (all counted, the first <see cref="RestructurePreview.MembersShown"/> named in
/// Vietnamese name order) and those who only follow a moved unit; or why it would be refused.
/// </summary>
public sealed record RestructurePreviewResult(
    string? Refusal,
    bool Conflict,
    string? Summary,
    IReadOnlyList<PreviewOrganization> Created,
    IReadOnlyList<PreviewOrganization> Closed,
    IReadOnlyList<PreviewPathChange> Moved,
    int MembersChangingCell,
    IReadOnlyList<PreviewMember> Members,
    IReadOnlyList<PreviewDestination> Destinations,
    int MembersFollowing)
{
    public bool Allowed => Refusal is null;

    public static RestructurePreviewResult Refused(RestructureResult result) =>
        new(result.Error ?? "Không thực hiện được.", result.Conflict, null, [], [], [], 0, [], [], 0);
}

/// <summary>
/// Previews move, merge, split and dissolve without writing anything: it runs the operation itself in dry-run mode
/// (every check, every change made in the change tracker, no SaveChanges), reads the tracked changes, then discards
/// them. What the preview shows is therefore what the operation does, as long as nobody changes the tree in between
/// (and if someone does, the operation's version check answers with a conflict).
/// </summary>
/// <remarks>Uses the scope's context, so it must have no pending changes; everything it tracks is cleared afterwards.</remarks>
public sealed class RestructurePreview(DangVuDbContext context, TimeProvider clock)
{
    /// <summary>How many members a preview names; it counts all of them.</summary>
    public const int MembersShown = 20;

    public Task<RestructurePreviewResult> MoveAsync(
        Guid id, int expectedVersion, Guid newParentId, Decision decision, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.MoveAsync(id, expectedVersion, newParentId, decision, cancellationToken), cancellationToken);

    public Task<RestructurePreviewResult> MergeAsync(
        IReadOnlyCollection<Guid> sourceIds, Guid targetId, Decision decision, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.MergeAsync(sourceIds, targetId, decision, cancellationToken), cancellationToken);

    public Task<RestructurePreviewResult> SplitAsync(
        Guid id, int expectedVersion, IReadOnlyList<SplitUnit> units, Decision decision, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.SplitAsync(id, expectedVersion, units, decision, cancellationToken), cancellationToken);

    public Task<RestructurePreviewResult> DissolveAsync(Guid id, int expectedVersion, Decision decision, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.DissolveAsync(id, expectedVersion, decision, cancellationToken), cancellationToken);

    private async Task<RestructurePreviewResult> RunAsync(Func<OrganizationRestructuring, Task<RestructureResult>> operation, CancellationToken cancellationToken)
    {
        if (context.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("A restructuring preview needs a context without pending changes: it discards everything tracked.");
        }

        try
        {
            var result = await operation(new OrganizationRestructuring(context, clock) { DryRun = true });
            return result.Error is null ? await ReadAsync(result, cancellationToken) : RestructurePreviewResult.Refused(result);
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }

    private async Task<RestructurePreviewResult> ReadAsync(RestructureResult result, CancellationToken cancellationToken)
    {
        var tracker = context.ChangeTracker;
        tracker.DetectChanges();
        var organizations = tracker.Entries<PartyOrganization>().ToList();
        var closed = organizations
            .Where(e => e.State == EntityState.Modified && e.Property(o => o.DissolvedOn).OriginalValue is null && e.Entity.DissolvedOn is not null)
            .Select(e => e.Entity)
            .ToList();
        var moved = organizations.Where(e => e.State == EntityState.Modified && Changed(e.Property(o => o.Path))).ToList();
        var members = tracker.Entries<PartyMember>().Where(e => e.State == EntityState.Modified).ToList();
        var changingCell = members.Where(e => Changed(e.Property(m => m.OrganizationId))).ToList();
        var following = members.Count(e => !Changed(e.Property(m => m.OrganizationId)) && Changed(e.Property(m => m.OrganizationPath)));

        var names = organizations.ToDictionary(e => e.Entity.Id, e => e.Entity.Name);
        var wanted = moved.SelectMany(e => new[] { e.Property(o => o.ParentId).OriginalValue, e.Entity.ParentId })
            .Concat(changingCell.Select(e => (Guid?)e.Property(m => m.OrganizationId).OriginalValue))
            .OfType<Guid>()
            .Where(id => !names.ContainsKey(id))
            .Distinct()
            .ToList();
        if (wanted.Count > 0)
        {
            var found = await context.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            foreach (var organization in found)
            {
                names[organization.Id] = organization.Name;
            }
        }

        string? NameOf(Guid? id) => id is { } key && names.TryGetValue(key, out var name) ? name : null;

        var movedNodes = moved
            .OrderBy(e => OrganizationPath.Depth(e.Entity.Path)).ThenBy(e => e.Entity.Name, VietnameseText.Comparer)
            .Select(e =>
            {
                var from = e.Property(o => o.ParentId).OriginalValue;
                return new PreviewPathChange(e.Entity.Id, e.Entity.Name, e.Entity.Kind, from, NameOf(from), e.Entity.ParentId, NameOf(e.Entity.ParentId));
            })
            .ToList();
        var memberMoves = changingCell
            .Select(e =>
            {
                var from = e.Property(m => m.OrganizationId).OriginalValue;
                return new PreviewMember(e.Entity.Id, e.Entity.FullName, from, NameOf(from) ?? string.Empty, e.Entity.OrganizationId, NameOf(e.Entity.OrganizationId) ?? string.Empty);
            })
            .OrderBy(m => m.FullName, PersonNames.Comparer).ThenBy(m => m.Id)
            .ToList();
        var destinations = memberMoves
            .GroupBy(m => (m.ToId, m.To))
            .Select(group => new PreviewDestination(group.Key.ToId, group.Key.To, group.Count()))
            .OrderBy(d => d.Name, VietnameseText.Comparer)
            .ToList();
        var summary = tracker.Entries<OrganizationChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Summary).FirstOrDefault();

        return new(
            null,
            false,
            summary,
            result.Created.Select(Node).ToList(),
            closed.OrderBy(o => o.Name, VietnameseText.Comparer).Select(Node).ToList(),
            movedNodes,
            memberMoves.Count,
            memberMoves.Take(MembersShown).ToList(),
            destinations,
            following);
    }

    private static PreviewOrganization Node(PartyOrganization organization) => new(organization.Id, organization.Name, organization.Kind);

    private static bool Changed<TEntity, T>(PropertyEntry<TEntity, T> property)
        where TEntity : class =>
        !EqualityComparer<T>.Default.Equals(property.OriginalValue, property.CurrentValue);
}
