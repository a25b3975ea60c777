using DangVu.Core.Admission;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Core.Training;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Training;

/// <summary>Completion per organization and subtree: who must study a resolution and has not; who is on probation without the new-member class.</summary>
public sealed class TrainingCompletion(DangVuDbContext context, RuleBook book)
{
    /// <summary>
    /// The study of the resolution <paramref name="topicKey"/> in the subtree of <paramref name="organization"/> (or in
    /// <paramref name="scopePaths"/> when none is given), with one row per organization directly under it.
    /// </summary>
    public async Task<ResolutionCompletion?> ResolutionAsync(
        PartyOrganization? organization, IReadOnlyCollection<string> scopePaths, string topicKey, CancellationToken cancellationToken = default)
    {
        var classes = await context.TrainingClasses.AsNoTracking()
            .Where(c => c.Kind == TrainingKind.ResolutionStudy && c.TopicKey == topicKey)
            .Select(c => new { c.Id, c.Topic, c.OrganizerPath, c.StartsOn, c.EndsOn }).ToListAsync(cancellationToken);
        if (classes.Count == 0)
        {
            return null;
        }

        var topic = new StudyTopic(topicKey, classes.OrderBy(c => c.StartsOn).First().Topic!);
        var relevant = classes.Where(c => scopePaths.Any(scope => OrganizationPath.IsWithin(c.OrganizerPath, scope) || OrganizationPath.IsWithin(scope, c.OrganizerPath))).ToList();
        if (relevant.Count == 0)
        {
            return new(topic, 0, null, null, null, CompletionCount.None, [], [], []);
        }

        var first = relevant.Min(c => c.StartsOn);
        var last = relevant.Max(c => c.EndsOn);
        var rules = book.TryOn(first, out var found) ? found : book.Sets[0];
        var roots = await RootsOnAsync(organization, scopePaths, first, cancellationToken);
        var organizations = await context.OrganizationVersions.AsNoTracking()
            .Where(v => v.ValidFrom <= first && (v.ValidTo == null || v.ValidTo > first))
            .Within(roots, nameof(OrganizationVersion.Path))
            .Select(v => new { v.OrganizationId, v.Name, v.Path }).ToListAsync(cancellationToken);
        var byId = organizations.ToDictionary(o => o.OrganizationId);
        var ids = byId.Keys.ToList();
        var members = await context.Members.AsNoTracking().Include(m => m.Events)
            .Where(m => m.Events.Any(e => e.OrganizationId != null && ids.Contains(e.OrganizationId.Value)))
            .AsSplitQuery().ToListAsync(cancellationToken);
        var classIds = classes.Select(c => c.Id).ToList();
        var passed = (await context.TrainingEnrolments.AsNoTracking()
            .Where(e => classIds.Contains(e.ClassId) && e.MemberId != null && e.Result == TrainingResult.Passed)
            .Select(e => e.MemberId!.Value).ToListAsync(cancellationToken)).ToHashSet();

        var counts = new Dictionary<Guid, CompletionCount>();
        var missing = new List<StudyMember>();
        var exempt = new List<StudyMember>();
        foreach (var member in members)
        {
            if (member.OrganizationOn(first) is not { } cellId || !byId.TryGetValue(cellId, out var cell))
            {
                continue;
            }

            var status = member.StatusOn(first);
            var standing = StudyObligation.Of(status, member.StatusOn(last), rules);
            if (standing == StudyStanding.NotOnRolls || UnitOf(cell.Path, roots) is not { } unit || !byId.ContainsKey(unit))
            {
                continue;
            }

            var studied = standing == StudyStanding.MustStudy && passed.Contains(member.Id);
            var count = standing == StudyStanding.Exempt ? new CompletionCount(0, 0, 1) : new CompletionCount(1, studied ? 1 : 0, 0);
            counts[unit] = counts.GetValueOrDefault(unit, CompletionCount.None).Plus(count);
            var row = new StudyMember(member.Id, member.FullName, cellId, cell.Name, status);
            if (standing == StudyStanding.Exempt)
            {
                exempt.Add(row);
            }
            else if (!studied)
            {
                missing.Add(row);
            }
        }

        var units = counts.Select(c => new CompletionRow(c.Key, byId[c.Key].Name, c.Value)).OrderBy(r => r.Name, VietnameseText.Comparer).ToList();
        return new(topic, relevant.Count, first, last, rules.Id, units.Aggregate(CompletionCount.None, (sum, r) => sum.Plus(r.Count)), units,
            InOrder(missing), InOrder(exempt));
    }

    /// <summary>Probationary members of the subtrees today who have completed no new-member class, with when probation ends.</summary>
    public async Task<IReadOnlyList<ProbationaryWithoutClass>> ProbationaryWithoutClassAsync(IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        var probationers = await context.Members.AsNoTracking().Within(scopePaths, nameof(PartyMember.OrganizationPath))
            .Where(m => m.Status == MemberStatus.Probationary)
            .Select(m => new { m.Id, m.FullName, m.OrganizationId, m.AdmittedOn }).ToListAsync(cancellationToken);
        var ids = probationers.Select(m => m.Id).ToList();
        var fromClasses = await context.TrainingEnrolments.AsNoTracking()
            .Where(e => e.MemberId != null && ids.Contains(e.MemberId.Value) && e.Result == TrainingResult.Passed)
            .Join(context.TrainingClasses.Where(c => c.Kind == TrainingKind.NewMemberTheory), e => e.ClassId, c => c.Id, (e, _) => e.MemberId!.Value)
            .ToListAsync(cancellationToken);
        var typed = await context.AdmissionSteps.AsNoTracking().Where(s => s.Step == AdmissionStep.NewMemberClass)
            .Join(context.AdmissionCases.Where(c => c.MemberId != null && ids.Contains(c.MemberId.Value)), s => s.CaseId, c => c.Id, (_, c) => c.MemberId!.Value)
            .ToListAsync(cancellationToken);
        var done = fromClasses.Concat(typed).ToHashSet();
        var cells = probationers.Select(m => m.OrganizationId).Distinct().ToList();
        var names = await context.Organizations.AsNoTracking().Where(o => cells.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. probationers.Where(m => !done.Contains(m.Id))
            .Select(m => new ProbationaryWithoutClass(m.Id, m.FullName, m.OrganizationId, names.GetValueOrDefault(m.OrganizationId, string.Empty), m.AdmittedOn,
                book.TryOn(m.AdmittedOn, out var rules) ? rules.ProbationEnds(m.AdmittedOn) : m.AdmittedOn.AddMonths(12)))
            .OrderBy(m => m.ProbationEnds).ThenBy(m => m.FullName, PersonNames.Comparer)];
    }

    /// <summary>The subtrees as they stood on <paramref name="day"/>: the organization's path then (it may have moved since), or the grants' paths.</summary>
    private async Task<IReadOnlyCollection<string>> RootsOnAsync(PartyOrganization? organization, IReadOnlyCollection<string> scopePaths, DateOnly day, CancellationToken cancellationToken)
    {
        if (organization is null)
        {
            return scopePaths;
        }

        var then = await context.OrganizationVersions.AsNoTracking()
            .Where(v => v.OrganizationId == organization.Id && v.ValidFrom <= day && (v.ValidTo == null || v.ValidTo > day))
            .Select(v => v.Path).FirstOrDefaultAsync(cancellationToken);
        return [then ?? organization.Path];
    }

    /// <summary>The organization right under the root that <paramref name="path"/> lies in (the root itself for its own path).</summary>
    private static Guid? UnitOf(string path, IReadOnlyCollection<string> roots)
    {
        var root = roots.Where(r => OrganizationPath.IsWithin(path, r)).OrderByDescending(r => r.Length).FirstOrDefault();
        if (root is null)
        {
            return null;
        }

        var rest = path[root.Length..];
        var segment = rest.Length >= 32 ? rest[..32] : root.TrimEnd('/') is { Length: >= 32 } own ? own[^32..] : null;
        return Guid.TryParseExact(segment, "N", out var id) ? id : null;
    }

    private static List<StudyMember> InOrder(List<StudyMember> members) =>
        [.. members.OrderBy(m => m.CellName, VietnameseText.Comparer).ThenBy(m => m.FullName, PersonNames.Comparer)];
}
