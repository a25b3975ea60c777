using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Features.Statistics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>What the flags page and the statistics page share: the subtree, the period, and the review of its meetings.</summary>
public abstract class ReviewPageModel(OrganizationQueries organizations, MeetingOversight oversight, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "to-chuc")]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    public MeetingReviewDto Review { get; private set; } = null!;

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = await StatisticsScope.ResolveAsync(User, OrganizationId, organizations);
        if (scope is null)
        {
            return NotFound();
        }

        var period = MeetingPeriod.Read(From, To, clock);
        (From, To, Message) = (VietnameseDates.Numeric(period.From), VietnameseDates.Numeric(period.To), period.Message);
        Review = MeetingReviewDto.Of(await oversight.ReviewAsync(scope.Paths, period.From, period.To, VietnameseDates.Today(clock)), scope.Organization?.Id, scope.Name);
        return Page();
    }

    /// <summary>The same page for another organization's subtree, same period.</summary>
    public string Link(string page, Guid? organizationId) =>
        $"{page}?{(organizationId is { } id ? $"to-chuc={id}&" : "")}tu={Uri.EscapeDataString(From ?? "")}&den={Uri.EscapeDataString(To ?? "")}";
}
