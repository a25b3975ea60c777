using System.Globalization;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Statistics;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Statistics;

/// <summary>One count of a breakdown: a dimension's value (as stored) and how many members have it.</summary>
public sealed record StatisticsRow(MemberDimension Dimension, string Value, int Count);

/// <summary>An organization and how many members its subtree has on the rolls.</summary>
public sealed record UnitCount(Guid Id, string Name, OrganizationKind Kind, int OnRolls);

/// <summary>How many members of an age band.</summary>
public sealed record AgeBandCount(AgeBand Band, int Count);

/// <summary>The member statistics of one or more subtrees: status over all files, the rest over the members on the rolls.</summary>
public sealed class MemberStatisticsReport
{
    public MemberStatisticsReport(DateOnly asOf, IEnumerable<StatisticsRow> rows)
    {
        AsOf = asOf;
        Rows = rows.Where(row => row.Count != 0)
            .OrderBy(row => row.Dimension).ThenBy(row => row.Value, StringComparer.Ordinal).ToList();
        ByStatus = Of(MemberDimension.Status, Enum.Parse<MemberStatus>);
        ByGender = Of(MemberDimension.Gender, Enum.Parse<Gender>);
        ByBirthYear = Of(MemberDimension.BirthYear, value => int.Parse(value, CultureInfo.InvariantCulture));
        ByEthnicity = Of(MemberDimension.Ethnicity, value => value);
        ByEducation = Of(MemberDimension.Education, value => value);
        BySector = Of(MemberDimension.Sector, Enum.Parse<Sector>);
        OnRolls = ByStatus.Where(pair => MemberBreakdown.IsOnRolls(pair.Key)).Sum(pair => pair.Value);
        ByAgeBand = MemberBreakdown.AgeBands
            .Select(band => new AgeBandCount(band, ByBirthYear.Where(pair => band.Contains(MemberBreakdown.AgeIn(pair.Key, asOf))).Sum(pair => pair.Value)))
            .ToList();
    }

    /// <summary>The date ages are reckoned on.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every non-zero count, in dimension then value order: what two reports are compared by.</summary>
    public IReadOnlyList<StatisticsRow> Rows { get; }

    /// <summary>Members on the rolls (see <see cref="MemberBreakdown.IsOnRolls"/>).</summary>
    public int OnRolls { get; }

    public IReadOnlyDictionary<MemberStatus, int> ByStatus { get; }

    public IReadOnlyDictionary<Gender, int> ByGender { get; }

    public IReadOnlyDictionary<int, int> ByBirthYear { get; }

    public IReadOnlyList<AgeBandCount> ByAgeBand { get; }

    public IReadOnlyDictionary<string, int> ByEthnicity { get; }

    /// <summary>By general education; "" for members whose file does not say.</summary>
    public IReadOnlyDictionary<string, int> ByEducation { get; }

    public IReadOnlyDictionary<Sector, int> BySector { get; }

    private Dictionary<TKey, int> Of<TKey>(MemberDimension dimension, Func<string, TKey> parse)
        where TKey : notnull =>
        Rows.Where(row => row.Dimension == dimension).ToDictionary(row => parse(row.Value), row => row.Count);
}

/// <summary>
/// Member statistics of subtrees, read from the counters (a few dozen rows whatever the subtree's size), and the same
/// figures by GROUP BY over the member rows (<see cref="ByGroupByAsync"/>): the baseline the benchmark measures and the
/// tests compare with.
/// </summary>
public sealed class MemberStatistics(DangVuDbContext context)
{
    /// <summary>The statistics of the members under any of <paramref name="scopePaths"/> (each member once), ages reckoned on <paramref name="asOf"/>.</summary>
    public async Task<MemberStatisticsReport> ForSubtreeAsync(IReadOnlyCollection<string> scopePaths, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var organizations = await CounterScopesAsync(scopePaths, cancellationToken);
        var rows = await context.MemberCounts.AsNoTracking()
            .Where(c => organizations.Contains(c.OrganizationId) && c.Count != 0)
            .GroupBy(c => new { c.Dimension, c.Value })
            .Select(g => new { g.Key.Dimension, g.Key.Value, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        return new(asOf, rows.Select(row => new StatisticsRow(row.Dimension, row.Value, row.Count)));
    }

    /// <summary>The same statistics by GROUP BY over the members under the subtrees, one query per breakdown.</summary>
    public async Task<MemberStatisticsReport> ByGroupByAsync(IReadOnlyCollection<string> scopePaths, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var members = context.Members.AsNoTracking().Within(scopePaths, nameof(PartyMember.OrganizationPath));
        var onRolls = members.Where(m => m.Status == MemberStatus.Probationary || m.Status == MemberStatus.Official
            || m.Status == MemberStatus.TemporarilyAway || m.Status == MemberStatus.Exempted);
        var rows = new List<StatisticsRow>();
        rows.AddRange((await members.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new StatisticsRow(MemberDimension.Status, g.Key.ToString(), g.Count)));
        rows.AddRange((await onRolls.GroupBy(m => m.Gender).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new StatisticsRow(MemberDimension.Gender, g.Key.ToString(), g.Count)));
        rows.AddRange((await onRolls.GroupBy(m => m.BirthDate.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new StatisticsRow(MemberDimension.BirthYear, MemberCounters.YearValue(g.Key), g.Count)));
        rows.AddRange((await onRolls.GroupBy(m => m.Ethnicity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new StatisticsRow(MemberDimension.Ethnicity, g.Key, g.Count)));
        rows.AddRange((await onRolls.GroupBy(m => m.Education).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new StatisticsRow(MemberDimension.Education, g.Key ?? string.Empty, g.Count)));
        rows.AddRange((await onRolls.GroupBy(m => m.Sector).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new StatisticsRow(MemberDimension.Sector, g.Key.ToString(), g.Count)));
        return new(asOf, rows);
    }

    /// <summary>
    /// The units one level down, with their members on the rolls: the active organizations under <paramref name="parentId"/>,
    /// or, without one, the organizations the scopes start at (the top of the tree for "/"). In Vietnamese name order.
    /// </summary>
    public async Task<IReadOnlyList<UnitCount>> UnitsAsync(Guid? parentId, IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        var organizations = context.Organizations.AsNoTracking().Where(o => o.DissolvedOn == null);
        if (parentId is not null)
        {
            organizations = organizations.Where(o => o.ParentId == parentId);
        }
        else if (scopePaths.Contains(OrganizationPath.Root))
        {
            organizations = organizations.Where(o => o.ParentId == null);
        }
        else
        {
            var roots = await CounterScopesAsync(scopePaths, cancellationToken);
            organizations = organizations.Where(o => roots.Contains(o.Id));
        }

        var units = await organizations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Kind }).Take(500).ToListAsync(cancellationToken);
        var ids = units.Select(unit => unit.Id).ToList();
        var onRolls = MemberBreakdown.OnRollsStatuses.Select(status => status.ToString()).ToList();
        var counts = await context.MemberCounts.AsNoTracking()
            .Where(c => ids.Contains(c.OrganizationId) && c.Dimension == MemberDimension.Status && onRolls.Contains(c.Value))
            .GroupBy(c => c.OrganizationId)
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return units.Select(unit => new UnitCount(unit.Id, unit.Name, unit.Kind, counts.GetValueOrDefault(unit.Id))).ToList();
    }

    /// <summary>
    /// The organizations whose counters cover the subtrees exactly once: the whole tree for "/", else the organization
    /// each path ends in, less those inside another one given.
    /// </summary>
    private async Task<List<Guid>> CounterScopesAsync(IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken)
    {
        if (scopePaths.Contains(OrganizationPath.Root))
        {
            return [Guid.Empty];
        }

        var ids = scopePaths
            .Select(path => path.Length > 33 && Guid.TryParseExact(path.AsSpan(path.Length - 33, 32), "N", out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();
        var paths = await context.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
        return paths.Where(organization => !paths.Any(other => other.Id != organization.Id && OrganizationPath.IsWithin(organization.Path, other.Path)))
            .Select(organization => organization.Id)
            .ToList();
    }
}
