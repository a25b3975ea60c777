using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>A secret ballot: who was given a ballot, how many were cast, the count and the minutes (DOCX).</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class BallotModel(ReviewQueries reviews, SecretBallots ballots, IAuthorizationService authorization, RuleBook book, TimeProvider clock) : PageModel
{
    public SecretBallot Ballot { get; private set; } = null!;

    public IReadOnlyList<BallotVoter> Voters { get; private set; } = [];

    public RuleSet Rules { get; private set; } = null!;

    public bool CanCount { get; private set; }

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    [BindProperty] public string? On { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        On = VietnameseDates.Numeric(VietnameseDates.Today(clock));
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanCount)
        {
            return Forbid();
        }

        var refusals = new List<string>();
        var on = ReviewForms.Date(On, "Ngày kiểm phiếu", refusals);
        if (refusals.Count == 0)
        {
            var outcome = await ballots.CountAsync(id, Ballot.Version, on!.Value);
            if (outcome.Value is not null)
            {
                return Redirect($"/danh-gia/phieu/{id}");
            }

            refusals.AddRange(outcome.Refusals);
        }

        Refusals = refusals;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ballot = await reviews.FindBallotAsync(id);
        if (ballot is null || !User.CanRead(ballot.CellPath))
        {
            return false;
        }

        Ballot = ballot;
        Voters = await reviews.VotersAsync(id);
        Rules = book.Find(ballot.RuleSetId) ?? book.On(ballot.HeldOn);
        CanCount = ballot.CountedOn is null && await authorization.CanActOnAsync(User, ballot.CellPath);
        return true;
    }
}
