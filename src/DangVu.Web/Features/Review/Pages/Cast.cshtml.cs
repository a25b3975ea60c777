using DangVu.Data.Reviews;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>
/// Casting a secret ballot with a one-time code: any signed-in user who holds a code (as a paper ballot is held). Nothing
/// of the account is stored with the paper.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CastModel(SecretBallots ballots) : PageModel
{
    public SecretBallot? Ballot { get; private set; }

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty] public string? Code { get; set; }

    [BindProperty] public Dictionary<Guid, bool> Marks { get; set; } = [];

    public void OnGet()
    {
    }

    /// <summary>Reads the code and shows the paper (the candidates), or refuses.</summary>
    public async Task<IActionResult> OnPostOpenAsync()
    {
        Ballot = string.IsNullOrWhiteSpace(Code) ? null : await ballots.BallotOfCodeAsync(Code);
        if (Ballot is null)
        {
            Refusals = ["Mã phiếu không đúng, đã được dùng, hoặc cuộc bỏ phiếu đã kiểm phiếu."];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCastAsync()
    {
        var outcome = await ballots.CastAsync(Code ?? string.Empty, Marks);
        if (outcome.Value is { } done)
        {
            Message = done;
            Code = null;
            return Page();
        }

        Refusals = outcome.Refusals;
        Ballot = await ballots.BallotOfCodeAsync(Code ?? string.Empty);
        return Page();
    }
}
