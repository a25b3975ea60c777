using System.Security.Claims;
using DangVu.Core.Text;
using DangVu.Data.Admission;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using DangVu.Web.Access;
using DangVu.Web.Api;
using DangVu.Web.Features.Members;
using DangVu.Web.Features.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Admission;

/// <summary>/api/admission: cases of the caller's subtrees, recording their steps, alerts and statistics (JSON or XLSX).</summary>
internal static class AdmissionApi
{
    public static RouteGroupBuilder MapAdmissionApi(this RouteGroupBuilder api)
    {
        var admission = api.MapGroup("/admission").WithTags("Kết nạp đảng viên").RequireAuthorization(Policies.MemberReader);
        admission.MapGet("/cases", ListCases).WithName("ListAdmissionCases");
        admission.MapGet("/cases/{id:guid}", GetCase).WithName("GetAdmissionCase");
        admission.MapPost("/cases", CreateCase).WithName("CreateAdmissionCase").RequireAuthorization(Policies.Secretary);
        admission.MapPost("/cases/{id:guid}/steps", RecordStep).WithName("RecordAdmissionStep").RequireAuthorization(Policies.Secretary);
        admission.MapPost("/cases/{id:guid}/close", CloseCase).WithName("CloseAdmissionCase").RequireAuthorization(Policies.Secretary);
        admission.MapGet("/alerts", ListAlerts).WithName("ListAdmissionAlerts");
        admission.MapGet("/statistics", GetStatistics).WithName("GetAdmissionStatistics");
        admission.MapGet("/statistics.xlsx", ExportStatistics).WithName("ExportAdmissionStatistics");
        return api;
    }

    /// <summary>The cases of the caller's subtrees (or of one organization in them), open ones first, with today's alerts.</summary>
    public static async Task<Results<Ok<IReadOnlyList<AdmissionCaseSummaryDto>>, NotFound>> ListCases(
        ClaimsPrincipal user, AdmissionQueries cases, OrganizationQueries organizations, Guid? organizationId, bool open = false)
    {
        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        if (scope is null)
        {
            return TypedResults.NotFound();
        }

        var found = await cases.ListAsync(scope.Paths, includeFinished: !open);
        return TypedResults.Ok<IReadOnlyList<AdmissionCaseSummaryDto>>([.. found.Select(AdmissionCaseSummaryDto.From)]);
    }

    /// <summary>The alerts of every open case the caller may read: probation ending, certificate expiring, ceremony overdue.</summary>
    public static async Task<Ok<IReadOnlyList<AdmissionCaseSummaryDto>>> ListAlerts(ClaimsPrincipal user, AdmissionQueries cases)
    {
        var found = await cases.ListAsync(user.ReadableMemberScopes(), includeFinished: false);
        return TypedResults.Ok<IReadOnlyList<AdmissionCaseSummaryDto>>([.. found.Where(c => c.Alerts.Count > 0).Select(AdmissionCaseSummaryDto.From)]);
    }

    public static async Task<Results<Ok<AdmissionCaseDto>, NotFound>> GetCase(Guid id, ClaimsPrincipal user, AdmissionQueries cases)
    {
        var admission = await cases.FindAsync(id);
        return admission is not null && user.CanRead(admission) ? TypedResults.Ok(AdmissionCaseDto.From(admission)) : TypedResults.NotFound();
    }

    /// <summary>Opens a case for a candidate of a cell the caller (secretary or office of its subtree) reaches.</summary>
    public static async Task<Results<Created<AdmissionCaseDto>, ValidationProblem, ForbidHttpResult>> CreateCase(
        CreateCandidateRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, AdmissionWorkflow workflow)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var cell = await organizations.FindAsync(request.Organization!.Value);
        if (cell is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Organization)] = ["Không tìm thấy chi bộ."] });
        }

        if (!await authorization.AllowsAsync(user, Policies.Secretary, cell.Path))
        {
            return TypedResults.Forbid();
        }

        var (admission, errors) = await workflow.CreateAsync(ToCandidate(request));
        return admission is null
            ? TypedResults.ValidationProblem(errors.GroupBy(e => e.Field == nameof(AdmissionCase.OrganizationId) ? nameof(request.Organization) : e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
            : TypedResults.Created($"/api/admission/cases/{admission.Id}", AdmissionCaseDto.From(admission));
    }

    /// <summary>
    /// Records the case's next step, judged by the rules of its date. A refusal is a validation problem whose messages
    /// (under the empty key) name the rule and its source; a stale version is 409.
    /// </summary>
    public static async Task<Results<Ok<AdmissionCaseDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> RecordStep(
        Guid id, RecordStepRequest request, ClaimsPrincipal user, IAuthorizationService authorization, AdmissionQueries cases,
        MemberQueries members, AdmissionWorkflow workflow)
    {
        if (await RefusalToRecordAsync(id, request, user, authorization, cases) is { } refusal)
        {
            return refusal;
        }

        foreach (var introducer in request.Introducers)
        {
            if (await members.FindAsync(introducer.Member) is not { } member || !user.CanName(member))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Introducers)] = ["Không tìm thấy đảng viên giới thiệu."] });
            }
        }

        return Answer(await workflow.RecordStepAsync(id, request.Version!.Value, request.ToStep()));
    }

    /// <summary>Stops a case (not admitted, or not recognized: the member's file then records the removal).</summary>
    public static async Task<Results<Ok<AdmissionCaseDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> CloseCase(
        Guid id, CloseCaseRequest request, ClaimsPrincipal user, IAuthorizationService authorization, AdmissionQueries cases, AdmissionWorkflow workflow)
    {
        return await RefusalToRecordAsync(id, request, user, authorization, cases) ?? Answer(await workflow.CloseAsync(id, request.Version!.Value, request.On!.Value, request.Reason!));
    }

    /// <summary>Admission figures of a subtree (or the caller's reach) from <paramref name="from"/> to <paramref name="to"/> (this year by default).</summary>
    public static async Task<Results<Ok<AdmissionStatisticsDto>, NotFound, ValidationProblem>> GetStatistics(
        ClaimsPrincipal user, OrganizationQueries organizations, AdmissionStatistics statistics, TimeProvider clock, Guid? organizationId, DateOnly? from, DateOnly? to)
    {
        var (start, end) = Period(clock, from, to);
        if (end < start)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Ngày cuối kỳ phải sau ngày đầu kỳ."] });
        }

        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        return scope is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(AdmissionStatisticsDto.Of(await statistics.ForSubtreeAsync(scope.Paths, start, end), scope.Organization?.Id, scope.Name));
    }

    /// <summary>The same figures as a workbook: a summary sheet and one row per grassroots organization.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportStatistics(
        ClaimsPrincipal user, OrganizationQueries organizations, AdmissionStatistics statistics, TimeProvider clock, Guid? organizationId, DateOnly? from, DateOnly? to) =>
        (await GetStatistics(user, organizations, statistics, clock, organizationId, from, to)).Result switch
        {
            Ok<AdmissionStatisticsDto> { Value: { } report } => TypedResults.File(
                Workbook(report), SheetFormats.ContentType(SheetFormat.Xlsx), $"ket-nap-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.xlsx"),
            ValidationProblem refusal => refusal,
            _ => TypedResults.NotFound(),
        };

    /// <summary>The period asked, or the current year up to today.</summary>
    public static (DateOnly From, DateOnly To) Period(TimeProvider clock, DateOnly? from, DateOnly? to)
    {
        var today = VietnameseDates.Today(clock);
        return (from ?? new DateOnly((to ?? today).Year, 1, 1), to ?? today);
    }

    public static byte[] Workbook(AdmissionStatisticsDto report)
    {
        // XLSX needs a seekable stream; these sheets are a few hundred rows at most.
        using var stream = new MemoryStream();
        using (var writer = SheetWriter.Create(stream, SheetFormat.Xlsx))
        {
            writer.StartSheet("Tổng hợp", [new SheetColumn("Chỉ tiêu", 56), new SheetColumn("Số liệu", 16)]);
            writer.WriteRow(["Phạm vi", report.Scope]);
            writer.WriteRow(["Từ ngày", report.From]);
            writer.WriteRow(["Đến ngày", report.To]);
            writer.WriteRow(["Số đảng viên được kết nạp", report.Admissions]);
            writer.WriteRow(["Số tổ chức cơ sở đảng", report.GrassrootsOrganizations]);
            writer.WriteRow(["Số tổ chức cơ sở đảng có kết nạp đảng viên", report.GrassrootsThatAdmitted]);
            writer.WriteRow(["Tỷ lệ tổ chức cơ sở đảng có kết nạp (%)", report.GrassrootsShare is { } share ? Math.Round(share * 100, 1) : null]);
            writer.WriteRow(["Kết nạp trong ngành y tế (kể cả bác sĩ)", report.HealthAdmissions]);
            writer.WriteRow(["Trong đó bác sĩ", report.DoctorAdmissions]);
            writer.WriteRow(["Kết nạp từ đoàn viên thanh niên", report.YouthUnionAdmissions]);
            writer.WriteRow(["Số ngày trung bình từ quần chúng ưu tú đến kết nạp", report.AverageDaysToAdmission]);
            writer.WriteRow(["Số ngày trung vị từ quần chúng ưu tú đến kết nạp", report.MedianDaysToAdmission]);
            writer.WriteRow(["Số đảng viên được công nhận chính thức", report.Recognitions]);
            writer.WriteRow(["Quần chúng đang trong quá trình xét kết nạp", report.InPipeline]);
            foreach (var step in report.PipelineByStep)
            {
                writer.WriteRow([$"— đã qua bước: {step.Label}", step.Count]);
            }

            foreach (var sector in report.AdmissionsBySector)
            {
                writer.WriteRow([$"Kết nạp theo ngành: {sector.Label}", sector.Count]);
            }

            writer.StartSheet("Theo tổ chức cơ sở", [new SheetColumn("Tổ chức cơ sở đảng", 56), new SheetColumn("Số kết nạp", 14)]);
            foreach (var unit in report.Grassroots)
            {
                writer.WriteRow([unit.Name, unit.Admissions]);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The answer that refuses an invalid request or a caller who may not record on the case; null when none does.</summary>
    private static async Task<Results<Ok<AdmissionCaseDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>?> RefusalToRecordAsync(
        Guid id, object request, ClaimsPrincipal user, IAuthorizationService authorization, AdmissionQueries cases)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var admission = await cases.FindAsync(id);
        if (admission is null || !user.CanRead(admission))
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanRecordAsync(user, admission))
        {
            return TypedResults.Forbid();
        }

        return null;
    }

    private static NewCandidate ToCandidate(CreateCandidateRequest request) => new(
        request.FullName!, request.BirthDate!.Value, request.Gender!.Value, request.Source!.Value, request.Sector, request.Organization!.Value,
        request.RegisteredOn!.Value, request.Profession, Ethnicity: request.Ethnicity, Religion: request.Religion, Hometown: request.Hometown);

    private static Results<Ok<AdmissionCaseDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>> Answer(StepOutcome outcome)
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

        return outcome.Case is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [.. outcome.Refusals] }, title: "Bước không được ghi.")
            : TypedResults.Ok(AdmissionCaseDto.From(outcome.Case));
    }
}
