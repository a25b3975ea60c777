using DangVu.Core.Text;
using DangVu.Data.Admission;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Features.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Admission.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class StatisticsModel(OrganizationQueries organizations, AdmissionStatistics statistics, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "to-chuc")]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    public AdmissionStatisticsDto Report { get; private set; } = null!;

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = await StatisticsScope.ResolveAsync(User, OrganizationId, organizations);
        if (scope is null)
        {
            return NotFound();
        }

        DateOnly? from = VietnameseDates.TryParse(From, out var f) ? f : null;
        DateOnly? to = VietnameseDates.TryParse(To, out var t) ? t : null;
        if ((!string.IsNullOrWhiteSpace(From) && from is null) || (!string.IsNullOrWhiteSpace(To) && to is null) || (from > to))
        {
            Message = "Kỳ thống kê không hợp lệ; đã tính từ đầu năm đến hôm nay.";
            (from, to) = (null, null);
        }

        var (start, end) = AdmissionApi.Period(clock, from, to);
        From = VietnameseDates.Numeric(start);
        To = VietnameseDates.Numeric(end);
        Report = AdmissionStatisticsDto.Of(await statistics.ForSubtreeAsync(scope.Paths, start, end), scope.Organization?.Id, scope.Name);
        return Page();
    }

    /// <summary>The XLSX of the same figures.</summary>
    public string WorkbookLink =>
        $"/api/admission/statistics.xlsx?{(Report.OrganizationId is { } id ? $"organizationId={id}&" : "")}from={Report.From:yyyy-MM-dd}&to={Report.To:yyyy-MM-dd}";

    public static string Share(int count, int max) => Features.Statistics.Pages.IndexModel.Share(count, max);

    public static string Percent(int count, int total) => Features.Statistics.Pages.IndexModel.Percent(count, total);
}
