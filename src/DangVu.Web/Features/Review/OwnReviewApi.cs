using System.Security.Claims;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Review;

/// <summary>
/// /api/review/participation: what any signed-in member does in a review — read and fill their own self-review (their
/// member file found by <see cref="ICurrentMember"/>) and cast a secret ballot with a one-time code.
/// </summary>
internal static class OwnReviewApi
{
    public static RouteGroupBuilder MapOwnReviewApi(this RouteGroupBuilder api)
    {
        var own = api.MapGroup("/review/participation").WithTags("Đánh giá, xếp loại").RequireAuthorization(Policies.SignedIn);
        own.MapGet("/reviews", MyReviews).WithName("ListMyReviews");
        own.MapPost("/reviews/{id:guid}/self", SelfReview).WithName("SubmitSelfReview");
        own.MapPost("/ballots/cast", Cast).WithName("CastReviewBallot");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<MemberReviewDto>>> MyReviews(ClaimsPrincipal user, ICurrentMember mine, ReviewQueries reviews)
    {
        if (await mine.MemberIdAsync(user) is not { } memberId)
        {
            return TypedResults.Ok<IReadOnlyList<MemberReviewDto>>([]);
        }

        return TypedResults.Ok<IReadOnlyList<MemberReviewDto>>([.. (await reviews.ReviewsOfMemberAsync(memberId)).Select(r => MemberReviewDto.From(r.Review, reviews.RulesOf(r.Period)))]);
    }

    public static async Task<Results<Ok<MemberReviewDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> SelfReview(
        Guid id, SelfReviewBody body, ClaimsPrincipal user, ICurrentMember mine, ReviewQueries reviews, MemberReviewWorkflow workflow)
    {
        if (RequestValidation.Errors(body) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var review = await reviews.FindMemberReviewAsync(id);
        if (review is null || await mine.MemberIdAsync(user) != review.MemberId)
        {
            return TypedResults.NotFound();
        }

        var rules = reviews.RulesOf((await reviews.FindPeriodAsync(review.PeriodId))!);
        return ReviewAnswers.Answer(await workflow.SelfReviewAsync(id, body.Version!.Value, body.ToRequest()), r => MemberReviewDto.From(r, rules));
    }

    /// <summary>Casts one paper with a one-time code. Nothing of the caller is stored with it.</summary>
    public static async Task<Results<Ok<string>, ValidationProblem>> Cast(CastBallotRequest request, SecretBallots ballots)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var outcome = await ballots.CastAsync(request.Code!, request.Marks);
        return outcome.Value is { } done ? TypedResults.Ok(done) : ReviewAnswers.Refused(outcome.Refusals);
    }
}
