using System.Security.Claims;
using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.FollowUp;

/// <summary>
/// /api/follow-up: documents to turn into tasks, tasks (from documents or any text), their assignment, splits, progress
/// reports with evidence, roll-ups per document, organization and period (JSON or XLSX), and the caller's notifications.
/// Tasks outside the caller's reach answer 404.
/// </summary>
internal static class FollowUpApi
{
    public static RouteGroupBuilder MapFollowUpApi(this RouteGroupBuilder api)
    {
        var followUp = api.MapGroup("/follow-up").WithTags("Theo dõi thực hiện nhiệm vụ").RequireAuthorization(Policies.MemberReader);
        followUp.MapGet("/sources", ListSources).WithName("ListDirectiveSources").RequireAuthorization(Policies.Office);
        followUp.MapGet("/sources/{key}", GetSource).WithName("GetDirectiveSource").RequireAuthorization(Policies.Office);
        followUp.MapPost("/sources/{key}/tasks", CreateFromDocument).WithName("CreateTasksFromDocument").RequireAuthorization(Policies.Office);
        followUp.MapPost("/tasks", CreateFromText).WithName("CreateTaskFromText").RequireAuthorization(Policies.Office);
        followUp.MapGet("/tasks", ListTasks).WithName("ListFollowUpTasks");
        followUp.MapGet("/tasks/{id:guid}", GetTask).WithName("GetFollowUpTask");
        followUp.MapPut("/tasks/{id:guid}/assignment", Assign).WithName("AssignFollowUpTask").RequireAuthorization(Policies.Office);
        followUp.MapPost("/tasks/{id:guid}/split", Split).WithName("SplitFollowUpTask").RequireAuthorization(Policies.Office);
        followUp.MapPost("/tasks/{id:guid}/reports", Report).WithName("ReportOnFollowUpTask").RequireAuthorization(Policies.Secretary);
        followUp.MapGet("/evidence/{id:guid}", DownloadEvidence).WithName("DownloadEvidence");
        followUp.MapGet("/documents/{key}/rollup", DocumentRollup).WithName("GetDocumentRollup");
        followUp.MapGet("/documents/{key}/rollup.xlsx", DocumentWorkbook).WithName("ExportDocumentRollup");
        followUp.MapGet("/organizations/{id:guid}/rollup", OrganizationRollup).WithName("GetOrganizationRollup");
        followUp.MapGet("/organizations/{id:guid}/rollup.xlsx", OrganizationWorkbook).WithName("ExportOrganizationRollup");
        followUp.MapGet("/rollup", ReachRollup).WithName("GetFollowUpRollup");
        followUp.MapGet("/rollup.xlsx", ReachWorkbook).WithName("ExportFollowUpRollup");

        // Every signed-in account has notifications, members included.
        var notifications = api.MapGroup("/follow-up/notifications").WithTags("Thông báo");
        notifications.MapGet("/", ListNotifications).WithName("ListNotifications");
        notifications.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead");
        notifications.MapPost("/read", MarkAllRead).WithName("MarkAllNotificationsRead");
        return api;
    }

    /// <summary>The documents the caller's office issued that may be turned into tasks.</summary>
    public static async Task<Ok<IReadOnlyList<DirectiveSourceSummary>>> ListSources(ClaimsPrincipal user, IDirectiveSources sources) =>
        TypedResults.Ok(await sources.ListAsync(user.Reach().OfficeScopes));

    /// <summary>A document's tasks and paragraphs, each with the term and cadence its words set.</summary>
    public static async Task<Results<Ok<SourceDto>, NotFound>> GetSource(string key, ClaimsPrincipal user, IDirectiveSources sources, OrganizationQueries organizations)
    {
        var source = await sources.FindAsync(key);
        return source is null || !await IssuedByCallerAsync(user, source, organizations) ? TypedResults.NotFound() : TypedResults.Ok(SourceDto.From(source));
    }

    /// <summary>Makes tasks of a document's tasks or paragraphs, all led by one organization.</summary>
    public static async Task<Results<Created<IReadOnlyList<TaskSummaryDto>>, ValidationProblem, NotFound, ForbidHttpResult>> CreateFromDocument(
        string key, CreateFromDocumentRequest request, ClaimsPrincipal user, IAuthorizationService authorization, IDirectiveSources sources,
        OrganizationQueries organizations, FollowUpTasks tasks, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var source = await sources.FindAsync(key);
        if (source is null)
        {
            return TypedResults.NotFound();
        }

        var issuer = await organizations.FindAsync(request.IssuingOrganization ?? source.IssuingOrganizationId ?? Guid.Empty);
        if (issuer is null || !await authorization.AllowsAsync(user, Policies.Office, issuer.Path)
            || !await MayAssignAsync(user, authorization, organizations, [request.Lead!.Value, .. request.Cooperators]))
        {
            return TypedResults.Forbid();
        }

        var (days, problem) = ReminderDays.Parse(request.ReminderDays);
        if (problem is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.ReminderDays)] = [problem] });
        }

        var outcome = await tasks.CreateFromDocumentAsync(new TasksFromDocument(
            key, request.Numbers, request.Lead!.Value, request.Cooperators, request.TrackingOfficer, request.DueOn, request.OverrideTerm, request.Cadence,
            days, issuer.Id));
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(Errors(outcome.Errors), title: "Chưa tạo được nhiệm vụ.");
        }

        var today = Core.Text.VietnameseDates.Today(clock);
        return TypedResults.Created($"/api/follow-up/documents/{key}/rollup",
            (IReadOnlyList<TaskSummaryDto>)[.. outcome.Tasks.Select(t => Summary(t, today))]);
    }

    /// <summary>Makes a task from any text: how other features (cell meetings) hand over decisions to be tracked.</summary>
    public static async Task<Results<Created<TaskSummaryDto>, ValidationProblem, ForbidHttpResult>> CreateFromText(
        CreateFromTextRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, FollowUpTasks tasks,
        TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (Assignment(request.Assignment!) is not { } assignment)
        {
            return TypedResults.ValidationProblem(AssignmentErrors(request.Assignment!));
        }

        var issuer = await organizations.FindAsync(request.IssuingOrganization!.Value);
        if (issuer is null || !await authorization.AllowsAsync(user, Policies.Office, issuer.Path)
            || !await MayAssignAsync(user, authorization, organizations, [assignment.LeadOrganizationId, .. assignment.CooperatorIds]))
        {
            return TypedResults.Forbid();
        }

        var outcome = await tasks.CreateFromTextAsync(new TaskFromText(
            request.Text!, request.Title, request.SourceLabel, request.SourceKey, request.SourceDate, issuer.Id, assignment));
        return outcome.Task is { } task
            ? TypedResults.Created($"/api/follow-up/tasks/{task.Id}", Summary(task, Core.Text.VietnameseDates.Today(clock)))
            : TypedResults.ValidationProblem(Errors(outcome.Errors), title: "Chưa tạo được nhiệm vụ.");
    }

    /// <summary>The tasks the caller sees (optionally of one document), with their state on <paramref name="asOf"/> (today by default).</summary>
    public static async Task<Ok<IReadOnlyList<TaskSummaryDto>>> ListTasks(ClaimsPrincipal user, FollowUpQueries queries, TimeProvider clock, string? document, DateOnly? asOf)
    {
        var day = asOf ?? Core.Text.VietnameseDates.Today(clock);
        var rows = await queries.RowsAsync(new TaskSelection(SourceKey: document), user.Reach(), day);
        return TypedResults.Ok<IReadOnlyList<TaskSummaryDto>>([.. rows.Select(r => TaskSummaryDto.From(r.Snapshot, TaskStates.Of(r.Snapshot.Facts, day)))
            .OrderBy(t => t.DueOn).ThenBy(t => t.Source, StringComparer.Ordinal)]);
    }

    public static async Task<Results<Ok<TaskDto>, NotFound>> GetTask(Guid id, ClaimsPrincipal user, FollowUpQueries queries, TimeProvider clock, DateOnly? asOf)
    {
        var detail = await queries.DetailAsync(id);
        return detail is not null && user.CanSee(detail.Places)
            ? TypedResults.Ok(TaskDto.From(detail, asOf ?? Core.Text.VietnameseDates.Today(clock)))
            : TypedResults.NotFound();
    }

    /// <summary>Changes who does the task and by when; the version read must still be current (409 otherwise).</summary>
    public static async Task<Results<Ok<TaskSummaryDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> Assign(
        Guid id, AssignmentRequest request, ClaimsPrincipal user, IAuthorizationService authorization, FollowUpQueries queries,
        OrganizationQueries organizations, FollowUpTasks tasks, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (request.Version is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Version)] = ["Hãy gửi kèm phiên bản nhiệm vụ (version) đã đọc."] });
        }

        if (await ManagedTaskAsync(id, user, authorization, queries) is not { } found)
        {
            return TypedResults.NotFound();
        }

        if (!found.Manages)
        {
            return TypedResults.Forbid();
        }

        if (Assignment(request) is not { } assignment)
        {
            return TypedResults.ValidationProblem(AssignmentErrors(request));
        }

        if (!await MayAssignAsync(user, authorization, organizations, [assignment.LeadOrganizationId, .. assignment.CooperatorIds]))
        {
            return TypedResults.Forbid();
        }

        var outcome = await tasks.AssignAsync(id, request.Version.Value, assignment, request.Title);
        return outcome switch
        {
            { Conflict: true } => TypedResults.Conflict(Conflict(outcome)),
            { Task: { } task } => TypedResults.Ok(Summary(task, Core.Text.VietnameseDates.Today(clock))),
            _ => TypedResults.ValidationProblem(Errors(outcome.Errors), title: "Chưa giao được nhiệm vụ."),
        };
    }

    /// <summary>Splits a task into two or more, each with its own title, lead and (optionally) deadline.</summary>
    public static async Task<Results<Ok<IReadOnlyList<TaskSummaryDto>>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> Split(
        Guid id, SplitRequest request, ClaimsPrincipal user, IAuthorizationService authorization, FollowUpQueries queries, OrganizationQueries organizations,
        FollowUpTasks tasks, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (await ManagedTaskAsync(id, user, authorization, queries) is not { } found)
        {
            return TypedResults.NotFound();
        }

        if (!found.Manages || !await MayAssignAsync(user, authorization, organizations, [.. request.Parts.Select(p => p.Lead)]))
        {
            return TypedResults.Forbid();
        }

        var outcome = await tasks.SplitAsync(id, request.Version!.Value, [.. request.Parts.Select(p => new SplitPart(p.Title, p.Lead, p.DueOn))]);
        var today = Core.Text.VietnameseDates.Today(clock);
        return outcome switch
        {
            { Conflict: true } => TypedResults.Conflict(Conflict(outcome)),
            { Tasks.Count: > 0 } => TypedResults.Ok<IReadOnlyList<TaskSummaryDto>>([.. outcome.Tasks.Select(t => Summary(t, today))]),
            _ => TypedResults.ValidationProblem(Errors(outcome.Errors), title: "Chưa tách được nhiệm vụ."),
        };
    }

    /// <summary>A progress report for the lead or a co-operating organization the caller is secretary (or office) of.</summary>
    public static async Task<Results<Created<ReportDto>, ValidationProblem, NotFound, ForbidHttpResult>> Report(
        Guid id, ReportRequest request, ClaimsPrincipal user, IAuthorizationService authorization, FollowUpQueries queries, ProgressReports reports)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var task = await queries.FindAsync(id);
        var places = task is null ? null : await queries.PlacesAsync(task);
        if (task is null || !user.CanSee(places!))
        {
            return TypedResults.NotFound();
        }

        if (!(await authorization.ReportableAsync(user, task, places!)).Contains(request.Organization!.Value))
        {
            return TypedResults.Forbid();
        }

        var files = new List<UploadedEvidence>();
        foreach (var file in request.Files)
        {
            var bytes = new byte[(file.ContentBase64.Length * 3 / 4) + 3];
            if (!Convert.TryFromBase64String(file.ContentBase64, bytes, out var length))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Files)] = [$"Tệp “{file.FileName}” không phải base64."] });
            }

            files.Add(new UploadedEvidence(file.FileName, bytes[..length]));
        }

        var outcome = await reports.SubmitAsync(new NewReport(id, request.Organization.Value, request.ReportedOn!.Value, request.Status!.Value, request.Text!, request.Figures, files), user.UserId());
        if (outcome.Report is not { } report)
        {
            return TypedResults.ValidationProblem(Errors(outcome.Errors), title: "Chưa ghi được báo cáo.");
        }

        return TypedResults.Created($"/api/follow-up/tasks/{id}", new ReportDto(report.Id, report.OrganizationId, string.Empty, report.ReportedOn, report.Status,
            report.Text, report.Figures, report.ReportedBy, [.. report.Evidence.Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, e.Sha256))]));
    }

    /// <summary>An evidence file, for those who see its task; audited.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadEvidence(Guid id, ClaimsPrincipal user, EvidenceDownload download)
    {
        var found = await download.OpenAsync(user, id);
        return found is { } file ? TypedResults.File(file.Content, file.File.ContentType, file.File.FileName) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<RollupDto>, NotFound>> DocumentRollup(string key, ClaimsPrincipal user, FollowUpRollups rollups, DateOnly? asOf) =>
        await rollups.DocumentAsync(user, key, asOf) is { } rollup ? TypedResults.Ok(rollup) : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> DocumentWorkbook(string key, ClaimsPrincipal user, FollowUpRollups rollups, DateOnly? asOf) =>
        await rollups.DocumentAsync(user, key, asOf) is { } rollup ? Workbook(rollup, $"theo-doi-{key}") : TypedResults.NotFound();

    public static async Task<Results<Ok<RollupDto>, NotFound>> OrganizationRollup(Guid id, ClaimsPrincipal user, FollowUpRollups rollups, DateOnly? asOf) =>
        await rollups.OrganizationAsync(user, id, asOf) is { } found ? TypedResults.Ok(found.Rollup) : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> OrganizationWorkbook(Guid id, ClaimsPrincipal user, FollowUpRollups rollups, DateOnly? asOf) =>
        await rollups.OrganizationAsync(user, id, asOf) is { } found ? Workbook(found.Rollup, $"theo-doi-to-chuc-{id:N}") : TypedResults.NotFound();

    /// <summary>Everything the caller sees, or the tasks due from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<Results<Ok<RollupDto>, ValidationProblem>> ReachRollup(ClaimsPrincipal user, FollowUpRollups rollups, DateOnly? from, DateOnly? to, DateOnly? asOf) =>
        from > to ? PeriodProblem() : TypedResults.Ok(await rollups.ReachAsync(user, from, to, asOf));

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ReachWorkbook(ClaimsPrincipal user, FollowUpRollups rollups, DateOnly? from, DateOnly? to, DateOnly? asOf) =>
        from > to ? PeriodProblem() : Workbook(await rollups.ReachAsync(user, from, to, asOf), "theo-doi-nhiem-vu");

    public static async Task<Ok<IReadOnlyList<NotificationDto>>> ListNotifications(ClaimsPrincipal user, NotificationInbox inbox) =>
        TypedResults.Ok<IReadOnlyList<NotificationDto>>([.. (await inbox.ListAsync(user.UserId())).Select(n => new NotificationDto(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt is not null))]);

    public static async Task<Results<NoContent, NotFound>> MarkRead(Guid id, ClaimsPrincipal user, NotificationInbox inbox) =>
        await inbox.MarkReadAsync(user.UserId(), id) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<NoContent> MarkAllRead(ClaimsPrincipal user, NotificationInbox inbox)
    {
        await inbox.MarkReadAsync(user.UserId(), null);
        return TypedResults.NoContent();
    }

    /// <summary>An assignment from the request, or null when the term does not hold together (reported by <see cref="AssignmentErrors"/>).</summary>
    internal static TaskAssignment? Assignment(AssignmentRequest request)
    {
        var (days, problem) = ReminderDays.Parse(request.ReminderDays);
        if (problem is not null || request.Lead is null || request.StartOn is null || request.DueOn is null)
        {
            return null;
        }

        var term = request.Term == TermKind.YearEnd
            ? TaskTerm.ByYearEnd(request.StartOn.Value)
            : new TaskTerm(request.Term, request.StartOn.Value, request.DueOn.Value);
        return new TaskAssignment(request.Lead.Value, request.Cooperators, request.TrackingOfficer, term, request.Cadence, days);
    }

    private static Dictionary<string, string[]> AssignmentErrors(AssignmentRequest request) =>
        new() { [nameof(request.ReminderDays)] = [ReminderDays.Parse(request.ReminderDays).Problem ?? "Phần giao việc chưa đủ."] };

    internal static async Task<bool> MayAssignAsync(ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, IEnumerable<Guid> ids)
    {
        foreach (var id in ids.Distinct())
        {
            // An unknown organization is the workflow's refusal (a validation problem), not a scope question.
            if (await organizations.FindAsync(id) is { } organization && !await authorization.AllowsAsync(user, Policies.Office, organization.Path))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<(FollowUpTask Task, bool Manages)?> ManagedTaskAsync(Guid id, ClaimsPrincipal user, IAuthorizationService authorization, FollowUpQueries queries)
    {
        var task = await queries.FindAsync(id);
        if (task is null)
        {
            return null;
        }

        var places = await queries.PlacesAsync(task);
        return user.CanSee(places) ? (task, await authorization.CanManageAsync(user, places)) : null;
    }

    private static async Task<bool> IssuedByCallerAsync(ClaimsPrincipal user, DirectiveSource source, OrganizationQueries organizations) =>
        source.IssuingOrganizationId is not { } issuer || (await organizations.FindAsync(issuer) is { } organization && user.Reach().Issues(organization.Path));

    private static TaskSummaryDto Summary(FollowUpTask task, DateOnly today) =>
        TaskSummaryDto.From(new TaskSnapshot(task.Id, task.Title, task.SourceKey, task.SourceLabel, task.LeadOrganizationId, string.Empty, task.Facts),
            TaskStates.Of(task.Facts, today));

    private static FileContentHttpResult Workbook(RollupDto rollup, string name) =>
        TypedResults.File(FollowUpWorkbook.Write(rollup), FollowUpWorkbook.ContentType, $"{name}-{rollup.AsOf:yyyyMMdd}.xlsx");

    private static ValidationProblem PeriodProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Ngày cuối kỳ phải sau ngày đầu kỳ."] });

    private static ProblemDetails Conflict(TaskOutcome outcome) => new()
    {
        Title = "Xung đột chỉnh sửa",
        Detail = outcome.Errors.Count > 0 ? outcome.Errors[0].Message : null,
        Status = StatusCodes.Status409Conflict,
    };

    private static Dictionary<string, string[]> Errors(IEnumerable<FollowUpError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
