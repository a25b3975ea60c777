using DangVu.Core.Text;
using DangVu.Data.Organizations;
using DangVu.Data.Statistics;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Statistics.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class IndexModel(OrganizationQueries organizations, MemberStatistics statistics, TimeProvider clock) : PageModel
{
    /// <summary>The organization whose subtree is shown; the caller's whole reach when empty.</summary>
    [BindProperty(SupportsGet = true, Name = "to-chuc")]
    public Guid? OrganizationId { get; set; }

    /// <summary>The date ages are reckoned on.</summary>
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public DateOnly? AsOf { get; set; }

    public MemberStatisticsDto Statistics { get; private set; } = null!;

    public IReadOnlyList<UnitCount> Units { get; private set; } = [];

    public Guid? ParentId { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = await StatisticsScope.ResolveAsync(User, OrganizationId, organizations);
        if (scope is null)
        {
            return NotFound();
        }

        var today = VietnameseDates.Today(clock);
        if (AsOf is { } asked && asked < StatisticsRules.Earliest)
        {
            Message = $"Ngày tính tuổi không hợp lệ; đã tính đến ngày {VietnameseDates.Numeric(today)}.";
            AsOf = null;
        }

        var date = AsOf ?? today;
        AsOf = date;
        Statistics = MemberStatisticsDto.From(await statistics.ForSubtreeAsync(scope.Paths, date), scope.Organization?.Id, scope.Name);
        Units = await statistics.UnitsAsync(scope.Organization?.Id, scope.Paths);
        // "Up one level" only while the parent is still inside what the caller may read.
        if (scope.Organization?.ParentId is { } parentId && await StatisticsScope.ResolveAsync(User, parentId, organizations) is not null)
        {
            ParentId = parentId;
        }

        return Page();
    }

    /// <summary>The link to another subtree's statistics on the same date.</summary>
    public string Link(Guid? organizationId) =>
        $"/thong-ke?{(organizationId is { } id ? $"to-chuc={id}&" : "")}ngay={AsOf:yyyy-MM-dd}";

    /// <summary>A bar's length as a share of the longest in its chart (0–100, the chart's own units).</summary>
    public static string Share(int count, int max) =>
        (max == 0 ? 0 : Math.Round(100.0 * count / max, 1)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A count's share of the total, as Vietnamese write it (12,5%).</summary>
    public static string Percent(int count, int total) =>
        total == 0 ? "—" : (100.0 * count / total).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "%";
}
