using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Review;

/// <summary>
/// The cell's proposal and the committee's decision on a member, and the three steps of an organization's review. Each
/// checks the caller over the organization that acts; a stale version is 409; a refusal names the rule.
/// </summary>
internal static class ReviewStepsApi
{
    public static RouteGroupBuilder MapReviewStepsApi(this RouteGroupBuilder review)
    {
        review.MapPost("/member-reviews/{id:guid}/proposal", ProposeMember).WithName("ProposeMemberLevel").RequireAuthorization(Access.Policies.Secretary);
        review.MapPost("/member-reviews/{id:guid}/decision", DecideMember).WithName("DecideMemberLevel").RequireAuthorization(Access.Policies.Secretary);
        review.MapPost("/organization-reviews/{id:guid}/self", SelfReviewOrganization).WithName("SelfReviewOrganization").RequireAuthorization(Access.Policies.Secretary);
        review.MapPost("/organization-reviews/{id:guid}/proposal", ProposeOrganization).WithName("ProposeOrganizationLevel").RequireAuthorization(Access.Policies.Secretary);
        review.MapPost("/organization-reviews/{id:guid}/decision", DecideOrganization).WithName("DecideOrganizationLevel").RequireAuthorization(Access.Policies.Secretary);
        return review;
    }

    public static async Task<Results<Ok<MemberReviewDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> ProposeMember(
        Guid id, ProposalBody body, ClaimsPrincipal user, IAuthorizationService authorization, ReviewQueries reviews, MemberReviewWorkflow workflow)
    {
        if (RequestValidation.Errors(body) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var review = await reviews.FindMemberReviewAsync(id);
        if (review is null || !user.CanRead(review.CellPath))
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanActOnAsync(user, review.CellPath))
        {
            return TypedResults.Forbid();
        }

        var rules = await RulesAsync(reviews, review.PeriodId);
        return ReviewAnswers.Answer(
            await workflow.ProposeAsync(id, body.Version!.Value, new ProposalRequest(body.On!.Value, body.Level!.Value, body.Points, body.Note)),
            r => MemberReviewDto.From(r, rules));
    }

    public static async Task<Results<Ok<MemberReviewDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> DecideMember(
        Guid id, DecisionBody body, ClaimsPrincipal user, IAuthorizationService authorization, ReviewQueries reviews, OrganizationQueries organizations,
        MemberReviewWorkflow workflow)
    {
        if (RequestValidation.Errors(body) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var review = await reviews.FindMemberReviewAsync(id);
        if (review is null || !user.CanRead(review.CellPath))
        {
            return TypedResults.NotFound();
        }

        var grassroots = await organizations.FindAsync(review.GrassrootsId);
        if (grassroots is null || !await authorization.CanActOnAsync(user, grassroots.Path))
        {
            return TypedResults.Forbid();
        }

        var rules = await RulesAsync(reviews, review.PeriodId);
        return ReviewAnswers.Answer(
            await workflow.DecideAsync(id, body.Version!.Value, new DecisionRequest(body.On!.Value, body.Level!.Value, body.OverrideReason)),
            r => MemberReviewDto.From(r, rules));
    }

    public static async Task<Results<Ok<OrganizationReviewDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> SelfReviewOrganization(
        Guid id, SelfReviewBody body, ClaimsPrincipal user, IAuthorizationService authorization, ReviewQueries reviews, OrganizationReviewWorkflow workflow)
    {
        var (review, refusal) = await CheckAsync(id, body, user, authorization, reviews, parent: false);
        if (refusal is not null)
        {
            return refusal;
        }

        var rules = await RulesAsync(reviews, review!.PeriodId);
        return ReviewAnswers.Answer(await workflow.SelfReviewAsync(id, body.Version!.Value, body.ToRequest()), r => OrganizationReviewDto.From(r, rules));
    }

    public static async Task<Results<Ok<OrganizationReviewDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> ProposeOrganization(
        Guid id, ProposalBody body, ClaimsPrincipal user, IAuthorizationService authorization, ReviewQueries reviews, OrganizationReviewWorkflow workflow)
    {
        var (review, refusal) = await CheckAsync(id, body, user, authorization, reviews, parent: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var rules = await RulesAsync(reviews, review!.PeriodId);
        return ReviewAnswers.Answer(
            await workflow.ProposeAsync(id, body.Version!.Value, new ProposalRequest(body.On!.Value, body.Level!.Value, body.Points, body.Note)),
            r => OrganizationReviewDto.From(r, rules));
    }

    public static async Task<Results<Ok<OrganizationReviewDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> DecideOrganization(
        Guid id, DecisionBody body, ClaimsPrincipal user, IAuthorizationService authorization, ReviewQueries reviews, OrganizationReviewWorkflow workflow)
    {
        var (review, refusal) = await CheckAsync(id, body, user, authorization, reviews, parent: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var rules = await RulesAsync(reviews, review!.PeriodId);
        return ReviewAnswers.Answer(
            await workflow.DecideAsync(id, body.Version!.Value, new DecisionRequest(body.On!.Value, body.Level!.Value, body.OverrideReason)),
            r => OrganizationReviewDto.From(r, rules));
    }

    /// <summary>An organization's self-review is its own secretary's; the proposal and decision the committee above's.</summary>
    private static async Task<(OrganizationReview? Review, Results<Ok<OrganizationReviewDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>? Refusal)> CheckAsync(
        Guid id, object body, ClaimsPrincipal user, IAuthorizationService authorization, ReviewQueries reviews, bool parent)
    {
        if (RequestValidation.Errors(body) is { } invalid)
        {
            return (null, TypedResults.ValidationProblem(invalid));
        }

        var review = await reviews.FindOrganizationReviewAsync(id);
        if (review is null || !user.CanRead(review.OrganizationPath))
        {
            return (null, TypedResults.NotFound());
        }

        return await authorization.CanActOnAsync(user, parent ? review.ParentPath : review.OrganizationPath)
            ? (review, null)
            : (null, TypedResults.Forbid());
    }

    private static async Task<Core.Rules.RuleSet> RulesAsync(ReviewQueries reviews, Guid periodId) =>
        reviews.RulesOf((await reviews.FindPeriodAsync(periodId))!);

    /// <summary>Whether <paramref name="path"/> lies in the period's subtree.</summary>
    public static bool InPeriod(ReviewPeriod period, string path) => OrganizationPath.IsWithin(path, period.OrganizationPath);
}
