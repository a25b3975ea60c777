using System.Globalization;
using DangVu.Core.Rules;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>A member's own self-review: the criteria of the period's rule set, with points where it scores ratings.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SelfReviewModel(ReviewQueries reviews, ICurrentMember mine, MemberReviewWorkflow workflow, TimeProvider clock) : PageModel
{
    public MemberReview Review { get; private set; } = null!;

    public ReviewPeriod Period { get; private set; } = null!;

    public RuleSet Rules { get; private set; } = null!;

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public bool Saved { get; private set; }

    [BindProperty] public int Version { get; set; }

    [BindProperty] public string? On { get; set; }

    [BindProperty] public string? Text { get; set; }

    [BindProperty] public string? Achievements { get; set; }

    [BindProperty] public RatingLevel? Level { get; set; }

    [BindProperty] public int? TasksDonePercent { get; set; }

    [BindProperty] public int? TasksExceededPercent { get; set; }

    [BindProperty] public Dictionary<string, string?> Scores { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "da-ghi")] int? saved)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Saved = saved == 1;
        (Version, Text, Achievements, Level, TasksDonePercent, TasksExceededPercent) =
            (Review.Version, Review.SelfText, Review.Achievements, Review.SelfLevel, Review.TasksDonePercent, Review.TasksExceededPercent);
        On = Core.Text.VietnameseDates.Numeric(Review.SelfReviewedOn ?? Core.Text.VietnameseDates.Today(clock));
        Scores = SelfScores().ToDictionary(s => s.Key, s => (string?)s.Value.ToString("0.#", CultureInfo.InvariantCulture));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var refusals = new List<string>();
        var on = ReviewForms.Date(On, "Ngày tự kiểm điểm", refusals);
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, text) in Scores)
        {
            if (decimal.TryParse(text?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
            {
                scores[key] = score;
            }
        }

        if (refusals.Count == 0)
        {
            var outcome = await workflow.SelfReviewAsync(id, Version, new SelfReviewRequest(on!.Value, Text, scores, Level, Achievements, TasksDonePercent, TasksExceededPercent));
            if (outcome.Value is not null)
            {
                return Redirect($"/danh-gia/tu-kiem-diem/{id}?da-ghi=1");
            }

            refusals.AddRange(outcome.Refusals);
        }

        Refusals = refusals;
        return Page();
    }

    public string? ScoreOf(string key) => Scores.TryGetValue(key, out var value) ? value : null;

    private Dictionary<string, decimal> SelfScores() =>
        Review.SelfScores is null ? new Dictionary<string, decimal>() : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, decimal>>(Review.SelfScores) ?? [];

    private async Task<bool> LoadAsync(Guid id)
    {
        var review = await reviews.FindMemberReviewAsync(id);
        if (review is null || await mine.MemberIdAsync(User) != review.MemberId)
        {
            return false;
        }

        Review = review;
        Period = (await reviews.FindPeriodAsync(review.PeriodId))!;
        Rules = reviews.RulesOf(Period);
        return true;
    }
}
