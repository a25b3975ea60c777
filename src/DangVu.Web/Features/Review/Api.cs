using System.Security.Claims;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using DangVu.Data.Spreadsheets;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangVu.Web.Features.Review;

/// <summary>/api/review: periods (opened by the office), each organization's results with the cap and flags, timeliness, exports.</summary>
internal static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("/review").WithTags("Đánh giá, xếp loại").RequireAuthorization(Policies.MemberReader);
        review.MapGet("/periods", ListPeriods).WithName("ListReviewPeriods");
        review.MapPost("/periods", OpenPeriod).WithName("OpenReviewPeriod").RequireAuthorization(Policies.Office);
        review.MapGet("/periods/{id:guid}", GetPeriod).WithName("GetReviewPeriod");
        review.MapGet("/periods/{id:guid}/summary.xlsx", ExportSummary).WithName("ExportReviewSummary");
        review.MapGet("/periods/{id:guid}/organizations/{organizationId:guid}", GetOrganization).WithName("GetOrganizationReview");
        review.MapGet("/periods/{id:guid}/organizations/{organizationId:guid}/report.docx", ExportReport).WithName("ExportOrganizationReviewReport");
        review.MapReviewStepsApi();
        review.MapBallotsApi();
        api.MapOwnReviewApi();
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ReviewPeriodDto>>> ListPeriods(ClaimsPrincipal user, ReviewQueries reviews) =>
        TypedResults.Ok<IReadOnlyList<ReviewPeriodDto>>([.. (await reviews.PeriodsAsync(Members.MemberAccess.ReadableMemberScopes(user))).Select(ReviewPeriodDto.From)]);

    /// <summary>Opens a period for a subtree the caller (office) reaches; deadlines left out take DangVu's suggestion.</summary>
    public static async Task<Results<Created<ReviewPeriodDto>, ValidationProblem, ForbidHttpResult>> OpenPeriod(
        OpenPeriodRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, ReviewOpening opening)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var organization = await organizations.FindAsync(request.Organization!.Value);
        if (organization is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Organization)] = ["Không tìm thấy tổ chức đảng."] });
        }

        if (!await authorization.AllowsAsync(user, Policies.Office, organization.Path))
        {
            return TypedResults.Forbid();
        }

        var outcome = await opening.OpenAsync(new NewReviewPeriod(organization.Id, request.Kind, request.Year!.Value, request.Quarter, request.Timetable()));
        return outcome.Value is null
            ? ReviewAnswers.Refused(outcome.Refusals)
            : TypedResults.Created($"/api/review/periods/{outcome.Value.Id}", ReviewPeriodDto.From(outcome.Value));
    }

    /// <summary>The period as the caller reads it: timeliness per organization and results per grassroots organization.</summary>
    public static async Task<Results<Ok<ReviewPeriodDetailDto>, NotFound>> GetPeriod(Guid id, ClaimsPrincipal user, ReviewQueries reviews, ReviewDashboard dashboard, TimeProvider clock)
    {
        var period = await reviews.FindPeriodAsync(id);
        if (period is null || user.ViewPath(period) is not { } path)
        {
            return TypedResults.NotFound();
        }

        var timeliness = await dashboard.TimelinessAsync(period, path, VietnameseDates.Today(clock));
        var summary = await dashboard.SummaryAsync(period, path);
        return TypedResults.Ok(new ReviewPeriodDetailDto(ReviewPeriodDto.From(period), [.. timeliness.Select(TimelinessDto.From)], [.. summary.Select(GrassrootsSummaryDto.From)]));
    }

    public static async Task<Results<Ok<OrganizationReviewViewDto>, NotFound>> GetOrganization(
        Guid id, Guid organizationId, ClaimsPrincipal user, ReviewQueries reviews, ReviewCaps caps, OrganizationQueries organizations, IAuthorizationService authorization)
    {
        var view = await OrganizationReviewView.LoadAsync(id, organizationId, user, reviews, caps, organizations, authorization);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(OrganizationReviewViewDto.From(view));
    }

    /// <summary>The summary forms for the level above: results per grassroots organization, members, organizations, timeliness.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> ExportSummary(
        Guid id, ClaimsPrincipal user, ReviewQueries reviews, ReviewDashboard dashboard, OrganizationQueries organizations, TimeProvider clock)
    {
        var period = await reviews.FindPeriodAsync(id);
        if (period is null || user.ViewPath(period) is not { } path)
        {
            return TypedResults.NotFound();
        }

        var members = await reviews.MemberReviewsAsync(period.Id, path);
        var cells = await organizations.NamesByIdAsync([.. members.Select(m => m.CellId).Distinct()]);
        var scope = (await organizations.NamesByPathAsync([path])).GetValueOrDefault(path, "");
        var bytes = ReviewWorkbook.Write(
            period, reviews.RulesOf(period), scope, await dashboard.SummaryAsync(period, path), members,
            await reviews.OrganizationReviewsAsync(period.Id, path), await dashboard.TimelinessAsync(period, path, VietnameseDates.Today(clock)), cells);
        return TypedResults.File(bytes, SheetFormats.ContentType(SheetFormat.Xlsx), $"danh-gia-{period.Year}{(period.Quarter is { } q ? $"-quy-{q}" : "")}.xlsx");
    }

    /// <summary>The organization's report on its results (DOCX).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> ExportReport(
        Guid id, Guid organizationId, ClaimsPrincipal user, ReviewQueries reviews, ReviewCaps caps, OrganizationQueries organizations,
        IAuthorizationService authorization, TimeProvider clock)
    {
        var view = await OrganizationReviewView.LoadAsync(id, organizationId, user, reviews, caps, organizations, authorization);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        var bytes = ReviewDocuments.OrganizationReport(
            view.Period, view.Rules, view.Organization.Name, view.Members, view.RatedHere, [.. view.Flags.SelectMany(f => f.Flags)],
            view.Caps.FirstOrDefault(c => c.GrassrootsId == view.Organization.Id)?.Cap ?? (view.Caps.Count > 0 ? view.Caps[0].Cap : null), VietnameseDates.Today(clock));
        return TypedResults.File(bytes, DocxContentType, $"bao-cao-danh-gia-{view.Period.Year}.docx");
    }

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
