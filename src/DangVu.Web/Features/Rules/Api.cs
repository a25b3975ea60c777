using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangVu.Web.Features.Rules;

/// <summary>/api/rules: the rule set in force on a date, for any signed-in user.</summary>
internal static class RulesApi
{
    public static RouteGroupBuilder MapRulesApi(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/rules").WithTags("Quy định").RequireAuthorization(Policies.SignedIn);
        rules.MapGet("/", GetRules).WithName("GetRules");
        return api;
    }

    /// <summary>The rule set in force on <paramref name="on"/> (yyyy-MM-dd, or dd/MM/yyyy; today by default), every value with its source.</summary>
    public static Results<Ok<RuleSetDto>, ValidationProblem> GetRules(RuleBook book, TimeProvider clock, string? on)
    {
        var date = VietnameseDates.Today(clock);
        if (on is not null && !VietnameseDates.TryParse(on, out date))
        {
            return Invalid($"“{on}” không phải là một ngày; hãy ghi theo dạng năm-tháng-ngày, ví dụ 2025-07-01.");
        }

        if (book.Uncovered(date) is { } uncovered)
        {
            return Invalid(uncovered);
        }

        return TypedResults.Ok(RuleSetDto.From(book.On(date)));
    }

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["on"] = [message] }, title: "Ngày không hợp lệ.");
}
