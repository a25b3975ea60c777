using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>The office's dashboard of a period: timeliness per organization (with charts), results per grassroots organization, exports.</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class PeriodModel(ReviewQueries reviews, ReviewDashboard dashboard, OrganizationQueries organizations, TimeProvider clock) : PageModel
{
    public ReviewPeriod Period { get; private set; } = null!;

    public RuleSet Rules { get; private set; } = null!;

    public string ScopeName { get; private set; } = string.Empty;

    public IReadOnlyList<CellTimeliness> Timeliness { get; private set; } = [];

    public IReadOnlyList<GrassrootsSummary> Summary { get; private set; } = [];

    /// <summary>Per step, how many organizations stand where: the bars of the charts.</summary>
    public IReadOnlyList<(string Step, IReadOnlyList<(StepTimeliness State, int Count)> Bars)> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var period = await reviews.FindPeriodAsync(id);
        if (period is null || User.ViewPath(period) is not { } path)
        {
            return NotFound();
        }

        Period = period;
        Rules = reviews.RulesOf(period);
        ScopeName = (await organizations.NamesByPathAsync([path])).GetValueOrDefault(path, "");
        Timeliness = await dashboard.TimelinessAsync(period, path, VietnameseDates.Today(clock));
        Summary = await dashboard.SummaryAsync(period, path);
        var states = Enum.GetValues<StepTimeliness>();
        Charts =
        [
            .. new (string, Func<CellTimeliness, StepTimeliness?>)[]
            {
                ("Đảng viên tự kiểm điểm", t => t.Members > 0 ? t.SelfReview : null),
                ("Chi bộ nhận xét, đề xuất", t => t.Members > 0 ? t.Proposal : null),
                ("Cấp uỷ cơ sở quyết định", t => t.Members > 0 ? t.Decision : null),
                ("Xếp loại tổ chức đảng", t => t.OrganizationDecision),
            }.Select(chart => (chart.Item1, (IReadOnlyList<(StepTimeliness, int)>)[.. states.Select(s => (s, Timeliness.Count(t => chart.Item2(t) == s)))])),
        ];
        return Page();
    }

    public static string Share(int count, int max) => Features.Statistics.Pages.IndexModel.Share(count, max);

    public static string Css(StepTimeliness state) => state switch
    {
        StepTimeliness.Overdue => "state-overdue",
        StepTimeliness.Late => "state-late",
        StepTimeliness.OnTime => "state-ok",
        _ => "state-pending",
    };

    public static string Cell(StepTimeliness? state) => state is { } s ? ReviewTimeliness.Title(s) : "—";
}
