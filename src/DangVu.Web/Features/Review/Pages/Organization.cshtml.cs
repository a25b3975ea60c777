using DangVu.Core.Rules;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>
/// One organization in a period: its members' reviews with the cell's proposal and the committee's decision beside the
/// cap (decided and projected) and the flags, its secret ballots, the organizations it rates and its own self-review.
/// </summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class OrganizationModel(
    ReviewQueries reviews, ReviewCaps caps, OrganizationQueries organizations, IAuthorizationService authorization,
    MemberReviewWorkflow members, OrganizationReviewWorkflow organizationReviews, SecretBallots ballots, TimeProvider clock) : PageModel
{
    public OrganizationReviewView View { get; private set; } = null!;

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public Guid? RefusedReview { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The codes of a ballot just opened: shown on this answer only.</summary>
    public IReadOnlyList<string> Codes { get; private set; } = [];

    [BindProperty] public Guid ReviewId { get; set; }

    [BindProperty] public int Version { get; set; }

    [BindProperty] public string? On { get; set; }

    [BindProperty] public RatingLevel? Level { get; set; }

    [BindProperty] public decimal? Points { get; set; }

    [BindProperty] public string? Note { get; set; }

    [BindProperty] public bool Override { get; set; }

    [BindProperty] public string? OverrideReason { get; set; }

    [BindProperty] public List<Guid> Candidates { get; set; } = [];

    public string Today => Core.Text.VietnameseDates.Numeric(Core.Text.VietnameseDates.Today(clock));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid organizationId, [FromQuery(Name = "da-ghi")] int? saved)
    {
        if (!await LoadAsync(id, organizationId))
        {
            return NotFound();
        }

        Message = saved switch
        {
            1 => "Đã ghi.",
            2 => "Đã kiểm phiếu.",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostProposeAsync(Guid id, Guid organizationId) => StepAsync(id, organizationId, view => view.CanPropose, async (on, level) =>
        RefusalsOf(await members.ProposeAsync(ReviewId, Version, new ProposalRequest(on, level, Points, Note))));

    public Task<IActionResult> OnPostDecideAsync(Guid id, Guid organizationId) => StepAsync(id, organizationId, view => view.CanDecideMembers, async (on, level) =>
        RefusalsOf(await members.DecideAsync(ReviewId, Version, new DecisionRequest(on, level, Override ? OverrideReason : null))));

    public Task<IActionResult> OnPostSelfReviewAsync(Guid id, Guid organizationId) => StepAsync(id, organizationId, view => view.CanSelfReview, async (on, level) =>
        RefusalsOf(await organizationReviews.SelfReviewAsync(ReviewId, Version, new SelfReviewRequest(on, Note, Level: level))));

    public Task<IActionResult> OnPostProposeOrganizationAsync(Guid id, Guid organizationId) => StepAsync(id, organizationId, view => view.CanRateOrganizations, async (on, level) =>
        RefusalsOf(await organizationReviews.ProposeAsync(ReviewId, Version, new ProposalRequest(on, level, null, Note))));

    public Task<IActionResult> OnPostDecideOrganizationAsync(Guid id, Guid organizationId) => StepAsync(id, organizationId, view => view.CanRateOrganizations, async (on, level) =>
        RefusalsOf(await organizationReviews.DecideAsync(ReviewId, Version, new DecisionRequest(on, level))));

    public async Task<IActionResult> OnPostOpenBallotAsync(Guid id, Guid organizationId)
    {
        if (!await LoadAsync(id, organizationId))
        {
            return NotFound();
        }

        if (!View.CanPropose)
        {
            return Forbid();
        }

        var refusals = new List<string>();
        var on = ReviewForms.Date(On, "Ngày bỏ phiếu", refusals);
        if (refusals.Count == 0)
        {
            var outcome = await ballots.OpenAsync(id, organizationId, on!.Value, Candidates);
            if (outcome.Value is { } opened)
            {
                Codes = opened.Codes;
                await LoadAsync(id, organizationId);
                return Page();
            }

            refusals.AddRange(outcome.Refusals);
        }

        Refusals = refusals;
        return Page();
    }

    public RatingLevel? PreviousLevel(MemberReview review) => View.PreviousLevels.TryGetValue(review.MemberId, out var level) ? level : null;

    /// <summary>Whether rating this member excellent now would take their grassroots organization over the cap.</summary>
    public bool ExcellentWouldBeOverCap(MemberReview review) =>
        review.DecidedLevel != RatingLevel.Excellent
        && View.Caps.FirstOrDefault(c => c.GrassrootsId == review.GrassrootsId)?.Cap.Decided.WithOneMoreExcellent(review.DecidedLevel == RatingLevel.Good).IsOver == true;

    private async Task<IActionResult> StepAsync(Guid id, Guid organizationId, Func<OrganizationReviewView, bool> allowed, Func<DateOnly, RatingLevel, Task<IReadOnlyList<string>>> act)
    {
        if (!await LoadAsync(id, organizationId))
        {
            return NotFound();
        }

        if (!allowed(View) || !Belongs(ReviewId))
        {
            return Forbid();
        }

        var refusals = new List<string>();
        var on = ReviewForms.Date(On, "Ngày", refusals);
        if (Level is null)
        {
            refusals.Add("Hãy chọn mức xếp loại.");
        }

        if (refusals.Count == 0)
        {
            refusals.AddRange(await act(on!.Value, Level!.Value));
            if (refusals.Count == 0)
            {
                return Redirect($"/danh-gia/{id}/to-chuc/{organizationId}?da-ghi=1#review-{ReviewId}");
            }
        }

        Refusals = refusals;
        RefusedReview = ReviewId;
        await LoadAsync(id, organizationId);
        return Page();
    }

    private bool Belongs(Guid reviewId) =>
        View.Members.Any(m => m.Id == reviewId) || View.RatedHere.Any(r => r.Id == reviewId) || View.Own?.Id == reviewId;

    private static IReadOnlyList<string> RefusalsOf<T>(ReviewOutcome<T> outcome)
        where T : class => outcome.Value is null ? outcome.Refusals : [];

    private async Task<bool> LoadAsync(Guid id, Guid organizationId)
    {
        var view = await OrganizationReviewView.LoadAsync(id, organizationId, User, reviews, caps, organizations, authorization);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
