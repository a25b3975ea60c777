using System.Security.Claims;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Review;

/// <summary>A cell's secret ballots: opened (codes shown once), counted, and the minutes of the count (DOCX).</summary>
internal static class BallotsApi
{
    public static RouteGroupBuilder MapBallotsApi(this RouteGroupBuilder review)
    {
        review.MapPost("/periods/{id:guid}/ballots", OpenBallot).WithName("OpenReviewBallot").RequireAuthorization(Access.Policies.Secretary);
        review.MapGet("/ballots/{id:guid}", GetBallot).WithName("GetReviewBallot");
        review.MapPost("/ballots/{id:guid}/count", CountBallot).WithName("CountReviewBallot").RequireAuthorization(Access.Policies.Secretary);
        review.MapGet("/ballots/{id:guid}/minutes.docx", Minutes).WithName("ExportBallotMinutes");
        return review;
    }

    /// <summary>Opens a ballot and answers its one-time codes, once: DangVu keeps only their hashes.</summary>
    public static async Task<Results<Ok<BallotOpenedDto>, ValidationProblem, NotFound, ForbidHttpResult>> OpenBallot(
        Guid id, OpenBallotRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, SecretBallots ballots)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var cell = await organizations.FindAsync(request.Cell!.Value);
        if (cell is null || !user.CanRead(cell.Path))
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanActOnAsync(user, cell.Path))
        {
            return TypedResults.Forbid();
        }

        var outcome = await ballots.OpenAsync(id, cell.Id, request.HeldOn!.Value, request.Candidates);
        return outcome.Value is { } opened
            ? TypedResults.Ok(new BallotOpenedDto(opened.Ballot.Id, opened.Ballot.Version, opened.Ballot.Issued, opened.Codes))
            : ReviewAnswers.Refused(outcome.Refusals);
    }

    public static async Task<Results<Ok<BallotDto>, NotFound>> GetBallot(Guid id, ClaimsPrincipal user, ReviewQueries reviews)
    {
        var ballot = await reviews.FindBallotAsync(id);
        return ballot is not null && user.CanRead(ballot.CellPath) ? TypedResults.Ok(BallotDto.From(ballot)) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<BallotDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> CountBallot(
        Guid id, CountBallotRequest request, ClaimsPrincipal user, IAuthorizationService authorization, ReviewQueries reviews, SecretBallots ballots)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var ballot = await reviews.FindBallotAsync(id);
        if (ballot is null || !user.CanRead(ballot.CellPath))
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanActOnAsync(user, ballot.CellPath))
        {
            return TypedResults.Forbid();
        }

        return ReviewAnswers.Answer(await ballots.CountAsync(id, request.Version!.Value, request.On!.Value), BallotDto.From);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Minutes(Guid id, ClaimsPrincipal user, ReviewQueries reviews, Core.Rules.RuleBook book)
    {
        var ballot = await reviews.FindBallotAsync(id);
        if (ballot is null || !user.CanRead(ballot.CellPath))
        {
            return TypedResults.NotFound();
        }

        var bytes = ReviewDocuments.BallotMinutes(ballot, book.Find(ballot.RuleSetId) ?? book.On(ballot.HeldOn), await reviews.VotersAsync(id));
        return TypedResults.File(bytes, ReviewApi.DocxContentType, $"bien-ban-kiem-phieu-{ballot.HeldOn:yyyyMMdd}.docx");
    }
}
