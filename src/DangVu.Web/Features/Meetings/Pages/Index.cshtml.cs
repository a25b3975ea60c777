using DangVu.Core.Meetings;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using DangVu.Web.Features.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Meetings.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class IndexModel(MeetingQueries meetings, OrganizationQueries organizations, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "to-chuc")]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    public DateOnly Today { get; private set; }

    public string Scope { get; private set; } = string.Empty;

    public IReadOnlyList<MeetingSummary> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> Past { get; private set; } = [];

    /// <summary>Cells (and grassroots cells) in reach, for the filter.</summary>
    public IReadOnlyList<OrganizationNode> Cells { get; private set; } = [];

    public bool CanRun { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = await StatisticsScope.ResolveAsync(User, OrganizationId, organizations);
        if (scope is null)
        {
            return NotFound();
        }

        Today = VietnameseDates.Today(clock);
        Year = Year is { } year && year >= Today.Year - 20 && year <= Today.Year + 1 ? year : Today.Year;
        Scope = scope.Name;
        var list = await meetings.ListAsync(scope.Paths, new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
        Upcoming = [.. list.Where(m => m.Meeting.Status == MeetingStatus.Planned && m.Meeting.Date >= Today).OrderBy(m => m.Meeting.Date).ThenBy(m => m.Meeting.StartTime)];
        Past = [.. list.Except(Upcoming)];
        Cells = [.. (await organizations.CurrentAsync(User.ReadableMemberScopes())).Where(node => node.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell)];
        CanRun = (await authorization.AuthorizeAsync(User, Policies.Secretary)).Succeeded;
        return Page();
    }
}
