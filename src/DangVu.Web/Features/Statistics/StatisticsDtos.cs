using System.Globalization;
using DangVu.Core.Members;
using DangVu.Data.Members;
using DangVu.Data.Statistics;
using DangVu.Web.Features.Members;

namespace DangVu.Web.Features.Statistics;

/// <summary>One bar of a breakdown: the stored value, its Vietnamese label and the count.</summary>
public sealed record StatisticsItemDto(string Value, string Label, int Count);

/// <summary>One breakdown (by status, gender …) with its Vietnamese title.</summary>
public sealed record BreakdownDto(string Dimension, string Title, IReadOnlyList<StatisticsItemDto> Items)
{
    public int Total => Items.Sum(item => item.Count);

    public int Max => Items.Count == 0 ? 0 : Items.Max(item => item.Count);
}

/// <summary>
/// Member statistics of a subtree (or of the caller's whole reach): status over every file, the rest over the members
/// on the rolls (probationary and official, including those temporarily active elsewhere or exempted).
/// </summary>
public sealed record MemberStatisticsDto(
    Guid? OrganizationId, string Scope, DateOnly AsOf, int OnRolls, IReadOnlyList<BreakdownDto> Breakdowns)
{
    public static MemberStatisticsDto From(MemberStatisticsReport report, Guid? organizationId, string scope) => new(
        organizationId, scope, report.AsOf, report.OnRolls,
        [
            new("status", "Theo trạng thái (mọi hồ sơ)", Enum.GetValues<MemberStatus>()
                .Where(status => report.ByStatus.ContainsKey(status))
                .Select(status => new StatisticsItemDto(status.ToString(), MemberNames.Status(status), report.ByStatus[status])).ToList()),
            new("gender", "Theo giới tính", Enum.GetValues<Gender>()
                .Select(gender => new StatisticsItemDto(gender.ToString(), MemberNames.Gender(gender), report.ByGender.GetValueOrDefault(gender))).ToList()),
            new("age", $"Theo độ tuổi (tính đến năm {report.AsOf.Year})", report.ByAgeBand
                .Select(band => new StatisticsItemDto(band.Band.Label, band.Band.Label, band.Count)).ToList()),
            new("ethnicity", "Theo dân tộc", ByCount(report.ByEthnicity, value => value)),
            new("education", "Theo trình độ giáo dục phổ thông", ByCount(report.ByEducation, value => value.Length == 0 ? "Chưa ghi" : value)),
            new("sector", "Theo ngành, lĩnh vực", Enum.GetValues<Sector>()
                .Where(sector => report.BySector.ContainsKey(sector))
                .Select(sector => new StatisticsItemDto(sector.ToString(), MemberNames.Sector(sector), report.BySector[sector])).ToList()),
            new("birthYear", "Theo năm sinh", report.ByBirthYear.OrderBy(pair => pair.Key)
                .Select(pair => new StatisticsItemDto(pair.Key.ToString("D4", CultureInfo.InvariantCulture), pair.Key.ToString(CultureInfo.InvariantCulture), pair.Value)).ToList()),
        ]);

    private static List<StatisticsItemDto> ByCount(IReadOnlyDictionary<string, int> counts, Func<string, string> label) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new StatisticsItemDto(pair.Key, label(pair.Key), pair.Value)).ToList();
}

/// <summary>The rules shared by the page and the API.</summary>
internal static class StatisticsRules
{
    /// <summary>The label of the caller's whole reach.</summary>
    public const string WholeReach = "Toàn bộ phạm vi được giao";

    /// <summary>The earliest date ages may be reckoned on (the Party's founding); a later date than today is allowed (ages at a coming congress).</summary>
    public static readonly DateOnly Earliest = new(1930, 2, 3);
}
