using DangVu.Core.Members;
using DangVu.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Organizations;

/// <summary>One organization as a tree listing shows it, now or on a past date.</summary>
public sealed record OrganizationNode(
    Guid Id, string Name, OrganizationKind Kind, OrganizationType Type, string? Agency, Guid? ParentId, string Path, int Version)
{
    public static OrganizationNode Of(PartyOrganization organization) => new(
        organization.Id, organization.Name, organization.Kind, organization.Type, organization.Agency, organization.ParentId,
        organization.Path, organization.Version);
}

/// <summary>A member on an organization's rolls, as a restructuring form lists them.</summary>
public sealed record PlacedMember(Guid Id, string FullName);

/// <summary>Reading the tree: as it stands, as it stood on a date, and an organization's history.</summary>
public sealed class OrganizationQueries(DangVuDbContext context)
{
    /// <summary>Active organizations under any of the given subtrees, parents before children.</summary>
    public async Task<IReadOnlyList<OrganizationNode>> CurrentAsync(IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        var organizations = await context.Organizations.AsNoTracking().Within(scopePaths, nameof(PartyOrganization.Path))
            .Where(o => o.DissolvedOn == null)
            .Select(o => new OrganizationNode(o.Id, o.Name, o.Kind, o.Type, o.Agency, o.ParentId, o.Path, o.Version))
            .ToListAsync(cancellationToken);
        return InTreeOrder(organizations);
    }

    /// <summary>How many active organizations lie under any of the given subtrees.</summary>
    public Task<int> CountCurrentAsync(IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default) =>
        context.Organizations.AsNoTracking().Within(scopePaths, nameof(PartyOrganization.Path))
            .CountAsync(o => o.DissolvedOn == null, cancellationToken);

    /// <summary>The names of the given organizations (for labelling a list of members).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesByIdAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await context.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

    /// <summary>The tree as it stood on <paramref name="date"/>, under any of the given subtrees as they stood then.</summary>
    public async Task<IReadOnlyList<OrganizationNode>> OnDateAsync(
        DateOnly date, IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        var versions = context.OrganizationVersions.AsNoTracking()
            .Where(v => v.ValidFrom <= date && (v.ValidTo == null || v.ValidTo > date));
        var organizations = await versions.Within(scopePaths, nameof(OrganizationVersion.Path))
            .Select(v => new OrganizationNode(v.OrganizationId, v.Name, v.Kind, v.Type, v.Agency, v.ParentId, v.Path, 0))
            .ToListAsync(cancellationToken);
        return InTreeOrder(organizations);
    }

    /// <summary>The names of the organizations at the given paths (for showing a grant's subtree by name).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesByPathAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken = default) =>
        await context.Organizations.AsNoTracking().Where(o => paths.Contains(o.Path)).ToDictionaryAsync(o => o.Path, o => o.Name, cancellationToken);

    public Task<PartyOrganization?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>
    /// The members whose files are open in this organization today (not transferred out, removed, expelled or deceased),
    /// in Vietnamese name order: those a split must assign to its new units.
    /// </summary>
    public async Task<IReadOnlyList<PlacedMember>> MembersOnTheRollsAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        await context.Members.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId
                && (m.Status == MemberStatus.Probationary || m.Status == MemberStatus.Official
                    || m.Status == MemberStatus.TemporarilyAway || m.Status == MemberStatus.Exempted))
            .OrderBy(m => m.GivenName).ThenBy(m => m.SortName).ThenBy(m => m.Id)
            .Select(m => new PlacedMember(m.Id, m.FullName))
            .ToListAsync(cancellationToken);

    /// <summary>The dated decisions that shaped an organization, oldest first.</summary>
    public async Task<IReadOnlyList<OrganizationChange>> HistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var changeIds = context.OrganizationVersions.Where(v => v.OrganizationId == id).Select(v => v.ChangeId);
        return await context.OrganizationChanges.AsNoTracking()
            .Where(c => c.OrganizationId == id || changeIds.Contains(c.Id))
            // Ids are version-7 GUIDs: within a day they order as they were recorded, on both databases.
            .OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Depth-first, siblings in Vietnamese name order.</summary>
    private static List<OrganizationNode> InTreeOrder(List<OrganizationNode> organizations)
    {
        var ids = organizations.Select(o => o.Id).ToHashSet();
        var children = organizations.ToLookup(o => o.ParentId is { } parent && ids.Contains(parent) ? parent : (Guid?)null);
        var ordered = new List<OrganizationNode>(organizations.Count);
        void Visit(Guid? parent)
        {
            foreach (var child in children[parent].Order(Comparer<OrganizationNode>.Create((a, b) => Core.Text.VietnameseText.Compare(a.Name, b.Name))))
            {
                ordered.Add(child);
                Visit(child.Id);
            }
        }

        Visit(null);
        return ordered;
    }
}
