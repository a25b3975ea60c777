using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Organizations;

/// <summary>
/// Create, rename, move, merge, split and dissolve, each a dated decision. Every change closes the current
/// version of each organization it touches and opens a new one, and a move rewrites the materialized paths of
/// the whole subtree, all in one SaveChanges (one transaction, audited).
/// </summary>
public sealed class OrganizationRestructuring(DangVuDbContext context, TimeProvider clock)
{
    public const int MaxNameLength = 300;

    public async Task<RestructureResult> CreateAsync(NewOrganization request, Decision decision, CancellationToken cancellationToken = default)
    {
        var name = VietnameseText.Normalize(request.Name);
        if (RefuseName(name) is { } nameError)
        {
            return RestructureResult.Refused(nameError);
        }

        PartyOrganization? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await context.Organizations.SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken);
            if (parent is null || !parent.IsActive)
            {
                return RestructureResult.Refused("Không tìm thấy tổ chức cấp trên, hoặc tổ chức đó đã giải thể.");
            }
        }

        if (OrganizationRules.RefusePlacement(parent?.Kind, request.Kind) is { } placementError)
        {
            return RestructureResult.Refused(placementError);
        }

        if (parent is not null && decision.EffectiveOn < parent.EstablishedOn)
        {
            return RestructureResult.Refused(
                $"Ngày thành lập {VietnameseDates.Numeric(decision.EffectiveOn)} sớm hơn ngày thành lập của “{parent.Name}”.");
        }

        var organization = new PartyOrganization
        {
            Name = name,
            Kind = request.Kind,
            Type = request.Type,
            Agency = string.IsNullOrWhiteSpace(request.Agency) ? null : VietnameseText.Normalize(request.Agency),
            ParentId = parent?.Id,
            EstablishedOn = decision.EffectiveOn,
        };
        organization.Path = OrganizationPath.Child(parent?.Path ?? OrganizationPath.Root, organization.Id);
        organization.Depth = OrganizationPath.Depth(organization.Path);
        var change = Record(OrganizationChangeKind.Create, decision, organization, $"Thành lập {organization.Name}.");
        context.Organizations.Add(organization);
        context.OrganizationVersions.Add(OrganizationVersion.Of(organization, decision.EffectiveOn, change.Id));
        await context.SaveChangesAsync(cancellationToken);
        return new(organization, null);
    }

    public async Task<RestructureResult> RenameAsync(
        Guid id, int expectedVersion, string newName, Decision decision, CancellationToken cancellationToken = default)
    {
        var name = VietnameseText.Normalize(newName);
        if (RefuseName(name) is { } nameError)
        {
            return RestructureResult.Refused(nameError);
        }

        var (organization, refusal) = await LoadActiveAsync(id, expectedVersion, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        var change = Record(OrganizationChangeKind.Rename, decision, organization, $"Đổi tên “{organization.Name}” thành “{name}”.");
        organization.Name = name;
        organization.Version++;
        return await SaveVersionsAsync([organization], decision, change, cancellationToken) ?? new(organization, null);
    }

    public async Task<RestructureResult> MoveAsync(
        Guid id, int expectedVersion, Guid newParentId, Decision decision, CancellationToken cancellationToken = default)
    {
        var (organization, refusal) = await LoadActiveAsync(id, expectedVersion, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        var parent = await context.Organizations.SingleOrDefaultAsync(o => o.Id == newParentId, cancellationToken);
        if (parent is null || !parent.IsActive)
        {
            return RestructureResult.Refused("Không tìm thấy tổ chức cấp trên mới, hoặc tổ chức đó đã giải thể.");
        }

        if (OrganizationPath.IsWithin(parent.Path, organization.Path))
        {
            return RestructureResult.Refused($"Không thể chuyển “{organization.Name}” vào chính nó hoặc vào tổ chức trực thuộc nó.");
        }

        if (OrganizationRules.RefusePlacement(parent.Kind, organization.Kind) is { } placementError)
        {
            return RestructureResult.Refused(placementError);
        }

        var change = Record(OrganizationChangeKind.Move, decision, organization, $"Chuyển “{organization.Name}” về trực thuộc “{parent.Name}”.");
        var moved = await MoveUnderAsync(organization, parent, cancellationToken);
        return await SaveVersionsAsync(moved, decision, change, cancellationToken) ?? new(organization, null);
    }

    /// <summary>Merges <paramref name="sourceIds"/> into <paramref name="targetId"/>: their units move under it and they are dissolved.</summary>
    public async Task<RestructureResult> MergeAsync(
        IReadOnlyCollection<Guid> sourceIds, Guid targetId, Decision decision, CancellationToken cancellationToken = default)
    {
        var target = await context.Organizations.SingleOrDefaultAsync(o => o.Id == targetId, cancellationToken);
        var sources = await context.Organizations.Where(o => sourceIds.Contains(o.Id)).ToListAsync(cancellationToken);
        if (target is null || !target.IsActive || sources.Count != sourceIds.Count || sources.Any(s => !s.IsActive) || sourceIds.Contains(targetId))
        {
            return RestructureResult.Refused("Hợp nhất cần một tổ chức còn hoạt động nhận và các tổ chức khác còn hoạt động được hợp nhất vào.");
        }

        if (sources.Any(source => OrganizationPath.IsWithin(target.Path, source.Path)))
        {
            return RestructureResult.Refused($"Không thể hợp nhất một tổ chức vào “{target.Name}” đang trực thuộc chính nó.");
        }

        var change = Record(OrganizationChangeKind.Merge, decision, target,
            $"Hợp nhất {string.Join(", ", sources.Select(s => $"“{s.Name}”"))} vào “{target.Name}”.");
        var touched = new List<PartyOrganization>();
        foreach (var source in sources)
        {
            var children = await context.Organizations.Where(o => o.ParentId == source.Id && o.DissolvedOn == null).ToListAsync(cancellationToken);
            foreach (var child in children)
            {
                if (OrganizationRules.RefusePlacement(target.Kind, child.Kind) is { } placementError)
                {
                    return RestructureResult.Refused($"“{child.Name}”: {placementError}");
                }

                touched.AddRange(await MoveUnderAsync(child, target, cancellationToken));
            }

            // A merged cell's own members join the organization that takes it over, which must be a cell.
            if (target.Kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell)
                && await context.Members.AnyAsync(m => m.OrganizationId == source.Id, cancellationToken))
            {
                return RestructureResult.Refused($"“{source.Name}” còn đảng viên: chỉ có thể hợp nhất vào một chi bộ.");
            }

            foreach (var member in await context.Members.Where(m => m.OrganizationId == source.Id).ToListAsync(cancellationToken))
            {
                member.OrganizationId = target.Id;
                member.OrganizationPath = target.Path;
                member.Version++;
                context.Add(new Members.MemberEventRecord
                {
                    MemberId = member.Id,
                    Kind = MemberEventKind.Reassigned,
                    On = decision.EffectiveOn,
                    OrganizationId = target.Id,
                    Note = change.Summary,
                });
            }
        }

        var closed = await CloseAsync(sources, decision, target.Id, cancellationToken);
        return closed ?? await SaveVersionsAsync(touched, decision, change, cancellationToken) ?? new(target, null);
    }

    /// <summary>Dissolves an organization with no units left under it.</summary>
    public async Task<RestructureResult> DissolveAsync(Guid id, int expectedVersion, Decision decision, CancellationToken cancellationToken = default)
    {
        var (organization, refusal) = await LoadActiveAsync(id, expectedVersion, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        if (await context.Members.AnyAsync(m => m.OrganizationId == id, cancellationToken))
        {
            return RestructureResult.Refused($"“{organization.Name}” còn đảng viên: hãy chuyển sinh hoạt hoặc hợp nhất chi bộ trước khi giải thể.");
        }

        if (await context.Organizations.AnyAsync(o => o.ParentId == id && o.DissolvedOn == null, cancellationToken))
        {
            return RestructureResult.Refused($"“{organization.Name}” còn tổ chức trực thuộc: hãy chuyển hoặc hợp nhất chúng trước khi giải thể.");
        }

        var change = Record(OrganizationChangeKind.Dissolve, decision, organization, $"Giải thể “{organization.Name}”.");
        return await CloseAsync([organization], decision, successorId: null, cancellationToken)
            ?? await SaveVersionsAsync([], decision, change, cancellationToken)
            ?? new(organization, null);
    }

    private async Task<(PartyOrganization? Organization, RestructureResult? Refusal)> LoadActiveAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var organization = await context.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null || !organization.IsActive)
        {
            return (null, RestructureResult.Refused("Không tìm thấy tổ chức, hoặc tổ chức đã giải thể."));
        }

        return organization.Version == expectedVersion ? (organization, null) : (null, RestructureResult.Stale(organization));
    }

    /// <summary>Places an organization under a new parent and rewrites the paths of its whole subtree (tracked, so audited).</summary>
    private async Task<List<PartyOrganization>> MoveUnderAsync(PartyOrganization organization, PartyOrganization parent, CancellationToken cancellationToken)
    {
        var oldPrefix = organization.Path;
        var newPrefix = OrganizationPath.Child(parent.Path, organization.Id);
        var subtree = await Subtree(oldPrefix).ToListAsync(cancellationToken);
        foreach (var node in subtree)
        {
            node.Path = OrganizationPath.Rebase(node.Path, oldPrefix, newPrefix);
            node.Depth = OrganizationPath.Depth(node.Path);
            node.Version++;
        }

        organization.ParentId = parent.Id;
        await RebaseMembersAsync(oldPrefix, newPrefix, cancellationToken);
        return subtree;
    }

    /// <summary>Members follow their cells: their copied paths are rewritten with the organizations' (tracked, so audited).</summary>
    private async Task RebaseMembersAsync(string oldPrefix, string newPrefix, CancellationToken cancellationToken)
    {
        var members = await context.Members.Within([oldPrefix], nameof(Members.PartyMember.OrganizationPath)).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            member.OrganizationPath = OrganizationPath.Rebase(member.OrganizationPath, oldPrefix, newPrefix);
        }
    }

    private IQueryable<PartyOrganization> Subtree(string path)
    {
        var upper = path + '\uffff';
#pragma warning disable CA1309 // Translated to SQL: a range on the path's index, in the column's binary order.
        return context.Organizations.Where(o => string.Compare(o.Path, path) >= 0 && string.Compare(o.Path, upper) < 0);
#pragma warning restore CA1309
    }

    /// <summary>Ends the current versions of organizations that stop existing on the decision's date.</summary>
    private async Task<RestructureResult?> CloseAsync(
        List<PartyOrganization> organizations, Decision decision, Guid? successorId, CancellationToken cancellationToken)
    {
        foreach (var organization in organizations)
        {
            var current = await CurrentVersionAsync(organization.Id, cancellationToken);
            if (decision.EffectiveOn <= current.ValidFrom)
            {
                return TooEarly(organization, current);
            }

            current.ValidTo = decision.EffectiveOn;
            organization.DissolvedOn = decision.EffectiveOn;
            organization.SucceededById = successorId;
            organization.Version++;
        }

        return null;
    }

    /// <summary>Starts a new version of each touched organization from the decision's date, then saves everything at once.</summary>
    private async Task<RestructureResult?> SaveVersionsAsync(
        List<PartyOrganization> touched, Decision decision, OrganizationChange change, CancellationToken cancellationToken)
    {
        foreach (var organization in touched)
        {
            var current = await CurrentVersionAsync(organization.Id, cancellationToken);
            if (decision.EffectiveOn < current.ValidFrom)
            {
                return TooEarly(organization, current);
            }

            if (decision.EffectiveOn == current.ValidFrom)
            {
                // Two decisions on one day: the later one wins that day; no empty version is kept.
                context.OrganizationVersions.Remove(current);
            }
            else
            {
                current.ValidTo = decision.EffectiveOn;
            }

            context.OrganizationVersions.Add(OrganizationVersion.Of(organization, decision.EffectiveOn, change.Id));
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return new(null, "Cây tổ chức vừa được người khác thay đổi; hãy tải lại rồi làm lại.", Conflict: true);
        }
    }

    private Task<OrganizationVersion> CurrentVersionAsync(Guid organizationId, CancellationToken cancellationToken) =>
        context.OrganizationVersions.SingleAsync(v => v.OrganizationId == organizationId && v.ValidTo == null, cancellationToken);

    private static RestructureResult TooEarly(PartyOrganization organization, OrganizationVersion current) => RestructureResult.Refused(
        $"Ngày hiệu lực sớm hơn lần thay đổi gần nhất của “{organization.Name}” ({VietnameseDates.Numeric(current.ValidFrom)}): "
        + "hãy ghi các quyết định theo đúng thứ tự thời gian.");

    private OrganizationChange Record(OrganizationChangeKind kind, Decision decision, PartyOrganization organization, string summary)
    {
        var change = new OrganizationChange
        {
            Kind = kind,
            EffectiveOn = decision.EffectiveOn,
            DecisionNumber = string.IsNullOrWhiteSpace(decision.DecisionNumber) ? null : VietnameseText.Normalize(decision.DecisionNumber),
            OrganizationId = organization.Id,
            Summary = summary,
            RecordedAt = clock.GetUtcNow(),
        };
        context.OrganizationChanges.Add(change);
        return change;
    }

    private static string? RefuseName(string name) => name.Length switch
    {
        0 => "Tên tổ chức không được để trống.",
        > MaxNameLength => $"Tên tổ chức dài quá {MaxNameLength} ký tự.",
        _ => null,
    };
}
