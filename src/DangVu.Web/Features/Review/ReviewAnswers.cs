using DangVu.Data.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Review;

/// <summary>Turns a review step's outcome into the API's answer: the row, a refusal (validation problem) or a conflict (409).</summary>
internal static class ReviewAnswers
{
    public static Results<Ok<TDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>> Answer<T, TDto>(ReviewOutcome<T> outcome, Func<T, TDto> map)
        where T : class
    {
        if (outcome.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = "Xung đột chỉnh sửa",
                Detail = outcome.Refusals.Count > 0 ? outcome.Refusals[0] : null,
                Status = StatusCodes.Status409Conflict,
            });
        }

        return outcome.Value is null
            ? Refused(outcome.Refusals)
            : TypedResults.Ok(map(outcome.Value));
    }

    public static ValidationProblem Refused(IReadOnlyList<string> refusals) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [.. refusals] }, title: "Không ghi được.");
}
