using System.Security.Claims;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using DangVu.Data.Statistics;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangVu.Web.Features.Statistics;

/// <summary>/api/statistics: member statistics of a subtree the caller may read, from the counters.</summary>
internal static class StatisticsApi
{
    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/statistics").WithTags("Thống kê").RequireAuthorization(Policies.MemberReader);
        statistics.MapGet("/members", GetMemberStatistics).WithName("GetMemberStatistics");
        return api;
    }

    /// <summary>
    /// Members of <paramref name="organizationId"/>'s subtree (or of every subtree the caller may read) by status, gender,
    /// age band on <paramref name="asOf"/> (today by default), ethnicity, education, sector and birth year.
    /// </summary>
    public static async Task<Results<Ok<MemberStatisticsDto>, NotFound, ValidationProblem>> GetMemberStatistics(
        ClaimsPrincipal user, OrganizationQueries organizations, MemberStatistics statistics, TimeProvider clock,
        Guid? organizationId, DateOnly? asOf)
    {
        var date = asOf ?? VietnameseDates.Today(clock);
        if (date < StatisticsRules.Earliest)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = ["Ngày tính tuổi không hợp lệ."] });
        }

        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        if (scope is null)
        {
            return TypedResults.NotFound();
        }

        var report = await statistics.ForSubtreeAsync(scope.Paths, date);
        return TypedResults.Ok(MemberStatisticsDto.From(report, scope.Organization?.Id, scope.Name));
    }
}
