using System.Security.Claims;
using DangVu.Core.Training;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using DangVu.Data.Training;
using DangVu.Web.Access;
using DangVu.Web.Api;
using DangVu.Web.Features.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Training;

/// <summary>/api/training: classes of the caller's subtrees and what happens in them, completion of resolution studies, and the caller's own classes.</summary>
internal static class TrainingApi
{
    public static RouteGroupBuilder MapTrainingApi(this RouteGroupBuilder api)
    {
        var training = api.MapGroup("/training").WithTags("Học tập, bồi dưỡng");
        var officers = training.MapGroup("").RequireAuthorization(Policies.MemberReader);
        officers.MapGet("/classes", ListClasses).WithName("ListTrainingClasses");
        officers.MapGet("/classes/{id:guid}", GetClass).WithName("GetTrainingClass");
        officers.MapPost("/classes", CreateClass).WithName("CreateTrainingClass").RequireAuthorization(Policies.Secretary);
        officers.MapPost("/classes/{id:guid}/sessions", AddSession).WithName("AddTrainingSession").RequireAuthorization(Policies.Secretary);
        officers.MapPost("/classes/{id:guid}/enrolments", Enrol).WithName("EnrolInTrainingClass").RequireAuthorization(Policies.Secretary);
        officers.MapPost("/classes/{id:guid}/attendance", TakeAttendance).WithName("TakeTrainingAttendance").RequireAuthorization(Policies.Secretary);
        officers.MapPost("/classes/{id:guid}/results", RecordResults).WithName("RecordTrainingResults").RequireAuthorization(Policies.Secretary);
        officers.MapGet("/topics", ListTopics).WithName("ListStudyTopics");
        officers.MapGet("/completion", GetCompletion).WithName("GetResolutionCompletion");
        officers.MapGet("/completion.xlsx", ExportCompletion).WithName("ExportResolutionCompletion");
        officers.MapGet("/probation", ListProbationers).WithName("ListProbationersWithoutNewMemberClass");
        training.MapGet("/me", GetMine).WithName("GetMyTraining").RequireAuthorization(Policies.SignedIn);
        return api;
    }

    /// <summary>Classes opened in the caller's subtrees (or under one organization in them), newest first.</summary>
    public static async Task<Results<Ok<IReadOnlyList<TrainingClassSummaryDto>>, NotFound>> ListClasses(
        ClaimsPrincipal user, TrainingQueries classes, OrganizationQueries organizations, Guid? organizationId, TrainingKind? kind, int? year)
    {
        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        if (scope is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok<IReadOnlyList<TrainingClassSummaryDto>>([.. (await classes.ListAsync(scope.Paths, kind, year)).Select(TrainingClassSummaryDto.From)]);
    }

    public static async Task<Results<Ok<TrainingClassDto>, NotFound>> GetClass(Guid id, ClaimsPrincipal user, TrainingQueries classes)
    {
        var training = await classes.FindAsync(id);
        return training is not null && user.CanRead(training) ? TypedResults.Ok(TrainingClassDto.From(training)) : TypedResults.NotFound();
    }

    /// <summary>Opens a class of an organization the caller (secretary or office of its subtree) reaches.</summary>
    public static async Task<Results<Created<TrainingClassDto>, ValidationProblem, ForbidHttpResult>> CreateClass(
        CreateClassRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, TrainingRegistry registry)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var organizer = await organizations.FindAsync(request.Organizer!.Value);
        if (organizer is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Organizer)] = ["Không tìm thấy tổ chức mở lớp."] });
        }

        if (!await authorization.CanOrganizeAsync(user, organizer.Path))
        {
            return TypedResults.Forbid();
        }

        var outcome = await registry.CreateAsync(request.ToNew());
        return outcome.Class is null
            ? Refused(outcome)
            : TypedResults.Created($"/api/training/classes/{outcome.Class.Id}", TrainingClassDto.From(outcome.Class));
    }

    public static Task<Results<Ok<TrainingClassDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> AddSession(
        Guid id, AddSessionRequest request, ClaimsPrincipal user, IAuthorizationService authorization, TrainingQueries classes, TrainingRegistry registry) =>
        ChangeAsync(id, request, user, authorization, classes, () => registry.AddSessionAsync(id, request.Version!.Value, new SessionPlan(request.On!.Value, request.Title!)));

    /// <summary>Enrols members (or candidates, in the awareness class) of the organizer's subtree; all or none.</summary>
    public static Task<Results<Ok<TrainingClassDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> Enrol(
        Guid id, EnrolRequest request, ClaimsPrincipal user, IAuthorizationService authorization, TrainingQueries classes, TrainingRegistry registry) =>
        ChangeAsync(id, request, user, authorization, classes, () => registry.EnrolAsync(id, request.Version!.Value, request.Members, request.Candidates));

    /// <summary>Attendance of one session of the class: those listed were present, the others absent.</summary>
    public static Task<Results<Ok<TrainingClassDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> TakeAttendance(
        Guid id, AttendanceRequest request, ClaimsPrincipal user, IAuthorizationService authorization, TrainingQueries classes, TrainingRecords records) =>
        ChangeAsync(id, request, user, authorization, classes, () => records.AttendanceAsync(id, request.Version!.Value, request.Session!.Value, request.Present, request.Reasons));

    /// <summary>Results and certificates (a certificate only for a pass, once the class has ended).</summary>
    public static Task<Results<Ok<TrainingClassDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> RecordResults(
        Guid id, ResultsRequest request, ClaimsPrincipal user, IAuthorizationService authorization, TrainingQueries classes, TrainingRecords records) =>
        ChangeAsync(id, request, user, authorization, classes, () => records.ResultsAsync(id, request.Version!.Value, request.ToEntries()));

    /// <summary>The resolutions any class has studied, for choosing a completion report.</summary>
    public static async Task<Ok<IReadOnlyList<StudyTopicDto>>> ListTopics(TrainingQueries classes) =>
        TypedResults.Ok<IReadOnlyList<StudyTopicDto>>([.. (await classes.TopicsAsync()).Select(t => new StudyTopicDto(t.Key, t.Name))]);

    /// <summary>Who had to study the resolution <paramref name="topic"/> (its key) in a subtree, who has not, who was exempt.</summary>
    public static async Task<Results<Ok<ResolutionCompletionDto>, NotFound>> GetCompletion(
        ClaimsPrincipal user, OrganizationQueries organizations, TrainingCompletion completion, Guid? organizationId, string topic)
    {
        var report = await CompletionAsync(user, organizations, completion, organizationId, topic);
        return report is null ? TypedResults.NotFound() : TypedResults.Ok(report);
    }

    /// <summary>The same report as a workbook, with the probationers of the subtree who have no new-member class.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> ExportCompletion(
        ClaimsPrincipal user, OrganizationQueries organizations, TrainingCompletion completion, Guid? organizationId, string topic)
    {
        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        var report = scope is null ? null : await CompletionAsync(user, organizations, completion, organizationId, topic);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        var probationers = (await completion.ProbationaryWithoutClassAsync(scope!.Paths)).Select(ProbationaryWithoutClassDto.From).ToList();
        return TypedResults.File(CompletionWorkbook.Write(report, probationers), SheetFormats.ContentType(SheetFormat.Xlsx), "hoc-tap-nghi-quyet.xlsx");
    }

    /// <summary>Probationary members of a subtree (or the caller's reach) who have completed no new-member class.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ProbationaryWithoutClassDto>>, NotFound>> ListProbationers(
        ClaimsPrincipal user, OrganizationQueries organizations, TrainingCompletion completion, Guid? organizationId)
    {
        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        return scope is null
            ? TypedResults.NotFound()
            : TypedResults.Ok<IReadOnlyList<ProbationaryWithoutClassDto>>([.. (await completion.ProbationaryWithoutClassAsync(scope.Paths)).Select(ProbationaryWithoutClassDto.From)]);
    }

    /// <summary>The caller's own classes and certificates (none until the account is linked to a member file).</summary>
    public static async Task<Ok<MyTrainingDto>> GetMine(ClaimsPrincipal user, ICurrentMember me, TrainingQueries classes)
    {
        if (await me.MemberIdAsync(user) is not { } memberId)
        {
            return TypedResults.Ok(new MyTrainingDto(false, []));
        }

        var mine = await classes.OfMemberAsync(memberId);
        return TypedResults.Ok(new MyTrainingDto(true, [.. mine.Select(c => new MyClassDto(
            c.Class.Id, c.Class.Kind, TrainingKinds.Title(c.Class.Kind), c.Class.Name, c.OrganizerName, c.Class.StartsOn, c.Class.EndsOn,
            [.. c.Class.Sessions.Select(s => new SessionDto(s.Id, s.On, s.Title))], EnrolmentDto.From(c.Enrolment)))]));
    }

    private static async Task<ResolutionCompletionDto?> CompletionAsync(
        ClaimsPrincipal user, OrganizationQueries organizations, TrainingCompletion completion, Guid? organizationId, string topic)
    {
        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        if (scope is null || string.IsNullOrWhiteSpace(topic))
        {
            return null;
        }

        var report = await completion.ResolutionAsync(scope.Organization, scope.Paths, Core.Text.VietnameseText.SearchKey(topic));
        return report is null ? null : ResolutionCompletionDto.From(report, scope.Organization?.Id, scope.Name);
    }

    private static async Task<Results<Ok<TrainingClassDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> ChangeAsync(
        Guid id, object request, ClaimsPrincipal user, IAuthorizationService authorization, TrainingQueries classes, Func<Task<TrainingOutcome>> change)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var training = await classes.FindAsync(id);
        if (training is null || !user.CanRead(training))
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanManageAsync(user, training))
        {
            return TypedResults.Forbid();
        }

        var outcome = await change();
        if (outcome.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "Xung đột chỉnh sửa", Detail = outcome.Refusals[0], Status = StatusCodes.Status409Conflict });
        }

        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        return outcome.Class is null ? Refused(outcome) : TypedResults.Ok(TrainingClassDto.From((await classes.FindAsync(id))!));
    }

    private static ValidationProblem Refused(TrainingOutcome outcome) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [.. outcome.Refusals] }, title: "Không ghi được.");
}
