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

    /// <summary>How many names a refusal lists before it says "and N more".</summary>
    private const int NamesInRefusal = 10;

    /// <summary>
    /// Runs every check and makes every change in the change tracker, but does not save: what <see cref="RestructurePreview"/>
    /// reads the outcome from, so a preview is the very operation and cannot drift from it.
    /// </summary>
    internal bool DryRun { get; init; }

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
        if (!DryRun)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

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
            if (!OrganizationRules.MayHoldMembers(target.Kind)
                && await context.Members.AnyAsync(m => m.OrganizationId == source.Id, cancellationToken))
            {
                return RestructureResult.Refused($"“{source.Name}” còn đảng viên: chỉ có thể hợp nhất vào một chi bộ.");
            }

            foreach (var member in await context.Members.Where(m => m.OrganizationId == source.Id).ToListAsync(cancellationToken))
            {
                Reassign(member, target, decision.EffectiveOn, change);
            }
        }

        var closed = await CloseAsync(sources, decision, target.Id, cancellationToken);
        return closed ?? await SaveVersionsAsync(touched, decision, change, cancellationToken) ?? new(target, null);
    }

    /// <summary>
    /// Splits an organization into two or more new ones founded on the decision's date (under its parent unless a unit
    /// names another). Each of its active units and each member whose file is open there goes to exactly one new
    /// organization, as the request lists; anything left unassigned is refused, never dropped. Members get a dated
    /// reassignment, moved units have their paths rewritten, and the organization itself closes that day.
    /// </summary>
    public async Task<RestructureResult> SplitAsync(
        Guid id, int expectedVersion, IReadOnlyList<SplitUnit> units, Decision decision, CancellationToken cancellationToken = default)
    {
        if (units.Count < 2)
        {
            return RestructureResult.Refused("Chia tách phải tạo ít nhất hai tổ chức mới.");
        }

        var names = units.Select(unit => VietnameseText.Normalize(unit.Name)).ToList();
        for (var index = 0; index < units.Count; index++)
        {
            if (RefuseName(names[index]) is { } nameError)
            {
                return RestructureResult.Refused($"Tổ chức mới thứ {index + 1}: {nameError}");
            }

            if (!Enum.IsDefined(units[index].Kind) || !Enum.IsDefined(units[index].Type))
            {
                return RestructureResult.Refused($"Tổ chức mới thứ {index + 1}: cấp tổ chức hoặc loại hình không hợp lệ.");
            }
        }

        var sameName = StringComparer.Create(VietnameseText.Culture, ignoreCase: true);
        if (names.GroupBy(name => name, sameName).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            return RestructureResult.Refused($"Các tổ chức mới không được trùng tên: “{duplicate.Key}” có {duplicate.Count()} lần.");
        }

        var (source, refusal) = await LoadActiveAsync(id, expectedVersion, cancellationToken);
        if (source is null)
        {
            return refusal!;
        }

        var on = decision.EffectiveOn;
        if (on <= source.EstablishedOn)
        {
            return RestructureResult.Refused(
                $"Ngày chia tách {VietnameseDates.Numeric(on)} phải sau ngày thành lập “{source.Name}” ({VietnameseDates.Numeric(source.EstablishedOn)}).");
        }

        var parents = new List<PartyOrganization?>(units.Count);
        for (var index = 0; index < units.Count; index++)
        {
            PartyOrganization? parent = null;
            if ((units[index].ParentId ?? source.ParentId) is { } parentId)
            {
                parent = await context.Organizations.SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken);
                if (parent is null || !parent.IsActive)
                {
                    return RestructureResult.Refused($"“{names[index]}”: không tìm thấy tổ chức cấp trên, hoặc tổ chức đó đã giải thể.");
                }

                if (OrganizationPath.IsWithin(parent.Path, source.Path))
                {
                    return RestructureResult.Refused($"“{names[index]}” không thể trực thuộc “{source.Name}” hay một tổ chức trực thuộc nó.");
                }

                if (on < parent.EstablishedOn)
                {
                    return RestructureResult.Refused(
                        $"Ngày chia tách {VietnameseDates.Numeric(on)} sớm hơn ngày thành lập của “{parent.Name}”.");
                }
            }

            if (OrganizationRules.RefusePlacement(parent?.Kind, units[index].Kind) is { } placementError)
            {
                return RestructureResult.Refused($"“{names[index]}”: {placementError}");
            }

            parents.Add(parent);
        }

        var children = await context.Organizations.Where(o => o.ParentId == id && o.DissolvedOn == null).ToListAsync(cancellationToken);
        var members = await context.Members.Include(m => m.Events).Where(m => m.OrganizationId == id).ToListAsync(cancellationToken);
        if (members.Where(m => m.Events.Any(e => e.On > on)).Select(m => m.FullName).Order(PersonNames.Comparer).FirstOrDefault() is { } later)
        {
            return RestructureResult.Refused(
                $"Hồ sơ của {later} có sự kiện sau ngày {VietnameseDates.Numeric(on)}: ngày chia tách không được sớm hơn các sự kiện trong hồ sơ đảng viên.");
        }

        // A file closed by then (transferred out, removed, expelled, deceased) stays where it closed; every open one must move.
        var open = members.Where(m => IsOnTheRolls(m.StatusOn(on))).ToDictionary(m => m.Id);
        var childrenById = children.ToDictionary(c => c.Id);
        var childUnit = new Dictionary<Guid, int>();
        var memberUnit = new Dictionary<Guid, int>();
        for (var index = 0; index < units.Count; index++)
        {
            foreach (var childId in units[index].Children)
            {
                if (!childrenById.TryGetValue(childId, out var child))
                {
                    return RestructureResult.Refused($"“{names[index]}” được giao một tổ chức không trực thuộc “{source.Name}” hoặc đã giải thể.");
                }

                if (!childUnit.TryAdd(childId, index))
                {
                    return RestructureResult.Refused($"“{child.Name}” được giao cho hơn một tổ chức mới: mỗi tổ chức trực thuộc chỉ chuyển về một nơi.");
                }
            }

            foreach (var memberId in units[index].Members)
            {
                if (!open.TryGetValue(memberId, out var member))
                {
                    return RestructureResult.Refused(members.SingleOrDefault(m => m.Id == memberId) is { } closed
                        ? $"Hồ sơ của {closed.FullName} đã khép lại hoặc đã chuyển đi trước ngày chia tách: hồ sơ ở lại “{source.Name}”, không giao cho tổ chức mới."
                        : $"“{names[index]}” được giao một đảng viên không sinh hoạt ở “{source.Name}”.");
                }

                if (!memberUnit.TryAdd(memberId, index))
                {
                    return RestructureResult.Refused($"Đảng viên {member.FullName} được giao cho hơn một tổ chức mới: mỗi đảng viên chỉ chuyển về một nơi.");
                }
            }
        }

        var unassignedChildren = children.Where(c => !childUnit.ContainsKey(c.Id)).Select(c => c.Name).Order(VietnameseText.Comparer).ToList();
        var unassignedMembers = open.Values.Where(m => !memberUnit.ContainsKey(m.Id)).Select(m => m.FullName).Order(PersonNames.Comparer).ToList();
        if (unassignedChildren.Count + unassignedMembers.Count > 0)
        {
            return RestructureResult.Refused(Unassigned(source, unassignedChildren, unassignedMembers));
        }

        for (var index = 0; index < units.Count; index++)
        {
            foreach (var childId in units[index].Children)
            {
                var child = childrenById[childId];
                if (OrganizationRules.RefusePlacement(units[index].Kind, child.Kind) is { } placementError)
                {
                    return RestructureResult.Refused($"“{child.Name}” không thể chuyển về “{names[index]}”: {placementError}");
                }
            }

            if (units[index].Members.Count > 0 && !OrganizationRules.MayHoldMembers(units[index].Kind))
            {
                return RestructureResult.Refused(
                    $"“{names[index]}” là {OrganizationNames.Vietnamese(units[index].Kind).ToLowerInvariant()}: đảng viên chỉ sinh hoạt ở chi bộ, hãy giao đảng viên cho một chi bộ mới.");
            }
        }

        var change = Record(OrganizationChangeKind.Split, decision, source,
            $"Chia tách “{source.Name}” thành {string.Join(", ", names.Select(name => $"“{name}”"))}.");
        var created = new List<PartyOrganization>(units.Count);
        for (var index = 0; index < units.Count; index++)
        {
            var unit = units[index];
            var organization = new PartyOrganization
            {
                Name = names[index],
                Kind = unit.Kind,
                Type = unit.Type,
                Agency = string.IsNullOrWhiteSpace(unit.Agency) ? null : VietnameseText.Normalize(unit.Agency),
                ParentId = parents[index]?.Id,
                EstablishedOn = on,
            };
            organization.Path = OrganizationPath.Child(parents[index]?.Path ?? OrganizationPath.Root, organization.Id);
            organization.Depth = OrganizationPath.Depth(organization.Path);
            context.Organizations.Add(organization);
            context.OrganizationVersions.Add(OrganizationVersion.Of(organization, on, change.Id));
            created.Add(organization);
        }

        var touched = new List<PartyOrganization>();
        foreach (var child in children)
        {
            touched.AddRange(await MoveUnderAsync(child, created[childUnit[child.Id]], cancellationToken));
        }

        foreach (var member in members.Where(m => memberUnit.ContainsKey(m.Id)))
        {
            Reassign(member, created[memberUnit[member.Id]], on, change);
        }

        var closedSource = await CloseAsync([source], decision, successorId: null, cancellationToken);
        return closedSource
            ?? await SaveVersionsAsync(touched, decision, change, cancellationToken)
            ?? new(source, null) { Created = created };
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

    /// <summary>Places a member in another cell by the decision, with a dated reassignment in the file (tracked, so audited).</summary>
    private void Reassign(Members.PartyMember member, PartyOrganization cell, DateOnly on, OrganizationChange change)
    {
        member.OrganizationId = cell.Id;
        member.OrganizationPath = cell.Path;
        member.Version++;
        // Added explicitly: a new row with a client-made key put in a tracked collection would be taken for an existing one.
        context.Add(new Members.MemberEventRecord
        {
            MemberId = member.Id,
            Kind = MemberEventKind.Reassigned,
            On = on,
            OrganizationId = cell.Id,
            Note = change.Summary,
        });
    }

    private static bool IsOnTheRolls(MemberStatus status) =>
        status is MemberStatus.Probationary or MemberStatus.Official or MemberStatus.TemporarilyAway or MemberStatus.Exempted;

    private static string Unassigned(PartyOrganization source, List<string> children, List<string> members)
    {
        static string Listed(IEnumerable<string> names, int count, string what) =>
            string.Join(", ", names.Take(NamesInRefusal)) + (count > NamesInRefusal ? $" và {count - NamesInRefusal} {what} khác" : string.Empty);

        var parts = new List<string>();
        if (children.Count > 0)
        {
            parts.Add($"tổ chức trực thuộc {Listed(children.Select(name => $"“{name}”"), children.Count, "tổ chức")}");
        }

        if (members.Count > 0)
        {
            parts.Add($"đảng viên {Listed(members, members.Count, "đảng viên")}");
        }

        return $"Chưa giao cho tổ chức mới nào: {string.Join("; ", parts)}. "
            + $"Mỗi tổ chức trực thuộc và mỗi đảng viên đang sinh hoạt ở “{source.Name}” phải chuyển về đúng một tổ chức mới.";
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

        if (DryRun)
        {
            return null;
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
