using DangVu.Core.Meetings;
using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>Lays out the rest of a year for a cell: monthly regular meetings and the thematic ones the rules require.</summary>
[Authorize(Policy = Policies.Secretary)]
public sealed class PlanModel(MeetingScheduling scheduling, OrganizationQueries organizations, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public IReadOnlyList<OrganizationNode> Cells { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public IReadOnlyList<CellMeeting>? Added { get; private set; }

    public int ThisYear { get; private set; }

    [BindProperty] public Guid? Organization { get; set; }

    [BindProperty] public int Year { get; set; }

    [BindProperty] public int DayOfMonth { get; set; } = MeetingPlanOptions.Default.DayOfMonth;

    [BindProperty] public string? StartTime { get; set; } = "08:00";

    [BindProperty] public bool CombineThematic { get; set; } = true;

    public async Task OnGetAsync([FromQuery(Name = "to-chuc")] Guid? cell)
    {
        await LoadAsync();
        Organization = cell;
        Year = ThisYear;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Organization is not { } cellId || Cells.All(c => c.Id != cellId))
        {
            Refusals = ["Hãy chọn một chi bộ đồng chí được giao."];
            return Page();
        }

        if (!TimeOnly.TryParseExact(StartTime?.Trim(), ["H:mm", "HH:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var start))
        {
            Refusals = [$"Không đọc được giờ bắt đầu “{StartTime}”, hãy viết giờ:phút, ví dụ 08:00."];
            return Page();
        }

        var options = MeetingPlanOptions.Default with { DayOfMonth = DayOfMonth, CombineThematic = CombineThematic };
        var (added, refusals) = await scheduling.PlanYearAsync(cellId, Year, options, start);
        (Added, Refusals) = (refusals.Count == 0 ? added : null, refusals);
        return Page();
    }

    private async Task LoadAsync()
    {
        Cells = await authorization.RunnableAsync(User, organizations);
        ThisYear = VietnameseDates.Today(clock).Year;
    }
}
