using DangVu.Core.Reviews;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>Review periods the caller takes part in, the caller's own self-reviews and the way to the secret ballot.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(ReviewQueries reviews, ICurrentMember mine, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ReviewPeriod> Periods { get; private set; } = [];

    public IReadOnlyList<(MemberReview Review, ReviewPeriod Period)> Mine { get; private set; } = [];

    public bool HasMemberFile { get; private set; }

    public bool CanOpen { get; private set; }

    public bool ReadsResults { get; private set; }

    public async Task OnGetAsync()
    {
        ReadsResults = User.ReadableMemberScopes().Count > 0;
        if (ReadsResults)
        {
            Periods = await reviews.PeriodsAsync(User.ReadableMemberScopes());
        }

        CanOpen = (await authorization.AuthorizeAsync(User, Policies.Office)).Succeeded;
        if (await mine.MemberIdAsync(User) is { } memberId)
        {
            HasMemberFile = true;
            Mine = await reviews.ReviewsOfMemberAsync(memberId);
        }
    }

    public string RuleName(ReviewPeriod period) => reviews.RulesOf(period).Name;

    public static string Stage(MemberReview review) => review.Stage switch
    {
        ReviewStage.Decision => "Cấp uỷ đã quyết định",
        ReviewStage.Proposal => "Chi bộ đã đề xuất",
        ReviewStage.SelfReview => "Đã tự kiểm điểm",
        _ => "Chưa tự kiểm điểm",
    };
}
