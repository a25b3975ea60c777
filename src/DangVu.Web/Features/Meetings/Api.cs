using System.Security.Claims;
using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Api;
using DangVu.Web.Features.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Meetings;

/// <summary>/api/meetings: cell meetings of the caller's subtrees — scheduling, documents, attendance, closing, minutes, and the office's review.</summary>
internal static class MeetingsApi
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Sinh hoạt chi bộ").RequireAuthorization(Policies.MemberReader);
        meetings.MapGet("/", ListMeetings).WithName("ListMeetings");
        meetings.MapGet("/review", GetReview).WithName("GetMeetingReview");
        meetings.MapGet("/{id:guid}", GetMeeting).WithName("GetMeeting");
        meetings.MapGet("/{id:guid}/minutes.docx", GetMinutes).WithName("GetMeetingMinutes");
        meetings.MapPost("/", CreateMeeting).WithName("CreateMeeting").RequireAuthorization(Policies.Secretary);
        meetings.MapPost("/plan", PlanYear).WithName("PlanMeetingYear").RequireAuthorization(Policies.Secretary);
        meetings.MapPut("/{id:guid}", UpdateMeeting).WithName("UpdateMeeting").RequireAuthorization(Policies.Secretary);
        meetings.MapPost("/{id:guid}/cancel", CancelMeeting).WithName("CancelMeeting").RequireAuthorization(Policies.Secretary);
        meetings.MapPost("/{id:guid}/documents", PostDocument).WithName("PostMeetingDocument").RequireAuthorization(Policies.Secretary);
        meetings.MapDelete("/{id:guid}/documents/{documentId:guid}", RemoveDocument).WithName("RemoveMeetingDocument").RequireAuthorization(Policies.Secretary);
        meetings.MapPost("/{id:guid}/attendance", RecordAttendance).WithName("RecordMeetingAttendance").RequireAuthorization(Policies.Secretary);
        meetings.MapPost("/{id:guid}/close", CloseMeeting).WithName("CloseMeeting").RequireAuthorization(Policies.Secretary);
        return api;
    }

    /// <summary>Meetings of one organization's subtree (or the caller's reach) from <paramref name="from"/> to <paramref name="to"/> (this year by default).</summary>
    public static async Task<Results<Ok<IReadOnlyList<MeetingSummaryDto>>, NotFound, ValidationProblem>> ListMeetings(
        ClaimsPrincipal user, OrganizationQueries organizations, MeetingQueries meetings, TimeProvider clock, Guid? organizationId, DateOnly? from, DateOnly? to)
    {
        var today = VietnameseDates.Today(clock);
        var (start, end) = (from ?? new DateOnly(today.Year, 1, 1), to ?? new DateOnly(today.Year, 12, 31));
        if (end < start)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Ngày cuối kỳ phải sau ngày đầu kỳ."] });
        }

        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        return scope is null
            ? TypedResults.NotFound()
            : TypedResults.Ok<IReadOnlyList<MeetingSummaryDto>>([.. (await meetings.ListAsync(scope.Paths, start, end)).Select(MeetingSummaryDto.From)]);
    }

    public static async Task<Results<Ok<MeetingDto>, NotFound>> GetMeeting(
        Guid id, ClaimsPrincipal user, MeetingQueries meetings, OrganizationQueries organizations, RuleBook book, TimeProvider clock)
    {
        var meeting = await meetings.FindAsync(id);
        if (meeting is null || !user.CanRead(meeting))
        {
            return TypedResults.NotFound();
        }

        var name = (await organizations.FindAsync(meeting.OrganizationId))?.Name ?? string.Empty;
        return TypedResults.Ok(MeetingView.Dto(meeting, name, await meetings.CurrentInvitationsAsync(meeting), book, VietnameseDates.Today(clock)));
    }

    /// <summary>The minutes of a held meeting as a Word document in the party format.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetMinutes(
        Guid id, ClaimsPrincipal user, MeetingQueries meetings, OrganizationQueries organizations, RuleBook book)
    {
        var meeting = await meetings.FindAsync(id);
        if (meeting is null || !user.CanRead(meeting))
        {
            return TypedResults.NotFound();
        }

        if (meeting.Status != MeetingStatus.Held)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = ["Buổi sinh hoạt chưa kết thúc nên chưa có biên bản."] });
        }

        return TypedResults.File(await MinutesAsync(meeting, organizations, book), DocxType, MeetingMinutesDocument.FileName(meeting));
    }

    /// <summary>
    /// The office's review of a subtree (or the caller's reach) over a period (this year to today by default): meetings held,
    /// attendance rate, thematic meetings, flags by kind and by cell, the weak-cell list with reasons, and figures by month.
    /// </summary>
    public static async Task<Results<Ok<MeetingReviewDto>, NotFound, ValidationProblem>> GetReview(
        ClaimsPrincipal user, OrganizationQueries organizations, MeetingOversight oversight, TimeProvider clock, Guid? organizationId, DateOnly? from, DateOnly? to)
    {
        var today = VietnameseDates.Today(clock);
        var (start, end) = (from ?? new DateOnly(today.Year, 1, 1), to ?? today);
        if (end < start)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Ngày cuối kỳ phải sau ngày đầu kỳ."] });
        }

        var scope = await StatisticsScope.ResolveAsync(user, organizationId, organizations);
        return scope is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(MeetingReviewDto.Of(await oversight.ReviewAsync(scope.Paths, start, end, today), scope.Organization?.Id, scope.Name));
    }

    /// <summary>Schedules a meeting of a cell the caller runs (a past date records a meeting held but not yet entered).</summary>
    public static async Task<Results<Created<MeetingDto>, ValidationProblem, ForbidHttpResult>> CreateMeeting(
        CreateMeetingRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations,
        MeetingScheduling scheduling, RuleBook book, TimeProvider clock)
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

        if (!await authorization.CanRunAsync(user, cell.Path))
        {
            return TypedResults.Forbid();
        }

        var outcome = await scheduling.CreateAsync(new NewMeeting(cell.Id, request.Date!.Value, request.StartTime!.Value, request.Kind!.Value, request.Topic, request.Agenda, request.Location));
        return outcome.Meeting is { } meeting
            ? TypedResults.Created($"/api/meetings/{meeting.Id}", MeetingView.Dto(meeting, cell.Name, meeting.Invitations, book, VietnameseDates.Today(clock)))
            : Refused(outcome);
    }

    /// <summary>Adds the meetings a year still needs in a cell: monthly regular meetings and thematic ones as the rules require.</summary>
    public static async Task<Results<Ok<IReadOnlyList<MeetingSummaryDto>>, ValidationProblem, ForbidHttpResult>> PlanYear(
        PlanYearRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, MeetingScheduling scheduling)
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

        if (!await authorization.CanRunAsync(user, cell.Path))
        {
            return TypedResults.Forbid();
        }

        var options = MeetingPlanOptions.Default with { DayOfMonth = request.DayOfMonth, CombineThematic = request.CombineThematic };
        var (added, refusals) = await scheduling.PlanYearAsync(cell.Id, request.Year!.Value, options, request.StartTime);
        return refusals.Count > 0
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [.. refusals] }, title: "Chưa lập được kế hoạch.")
            : TypedResults.Ok<IReadOnlyList<MeetingSummaryDto>>([.. added.Select(m => MeetingSummaryDto.From(new MeetingSummary(m, cell.Name, 0)))]);
    }

    public static async Task<Results<Ok<MeetingDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> UpdateMeeting(
        Guid id, UpdateMeetingRequest request, ClaimsPrincipal user, IAuthorizationService authorization, MeetingQueries meetings,
        MeetingScheduling scheduling, OrganizationQueries organizations, RuleBook book, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        return await RunAsync(id, user, authorization, meetings, organizations, book, clock, () => scheduling.UpdateAsync(
            id, request.Version!.Value, new MeetingChanges(request.Date!.Value, request.StartTime!.Value, request.Kind!.Value, request.Topic, request.Agenda, request.Location)));
    }

    public static async Task<Results<Ok<MeetingDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> CancelMeeting(
        Guid id, CancelMeetingRequest request, ClaimsPrincipal user, IAuthorizationService authorization, MeetingQueries meetings,
        MeetingScheduling scheduling, OrganizationQueries organizations, RuleBook book, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        return await RunAsync(id, user, authorization, meetings, organizations, book, clock, () => scheduling.CancelAsync(id, request.Version!.Value, request.Reason));
    }

    /// <summary>Posts a document; one posted later than the rules' lead time is kept, with a warning in <c>warnings</c>.</summary>
    public static async Task<Results<Ok<MeetingDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> PostDocument(
        Guid id, PostDocumentRequest request, ClaimsPrincipal user, IAuthorizationService authorization, MeetingQueries meetings,
        MeetingDocuments documents, OrganizationQueries organizations, RuleBook book, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        return await RunAsync(id, user, authorization, meetings, organizations, book, clock, () => documents.PostAsync(id, request.Version!.Value, request.Title, request.Body));
    }

    public static async Task<Results<Ok<MeetingDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> RemoveDocument(
        Guid id, Guid documentId, int version, ClaimsPrincipal user, IAuthorizationService authorization, MeetingQueries meetings,
        MeetingDocuments documents, OrganizationQueries organizations, RuleBook book, TimeProvider clock) =>
        await RunAsync(id, user, authorization, meetings, organizations, book, clock, () => documents.RemoveAsync(id, version, documentId));

    /// <summary>Takes attendance; members exempted from activity may be left unmarked and are never counted absent.</summary>
    public static async Task<Results<Ok<MeetingDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> RecordAttendance(
        Guid id, RecordAttendanceRequest request, ClaimsPrincipal user, IAuthorizationService authorization, MeetingQueries meetings,
        MeetingAttendanceRecording attendance, OrganizationQueries organizations, RuleBook book, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var entries = request.Marks.Where(m => m.Member is not null).Select(m => new AttendanceEntry(m.Member!.Value, m.Mark, m.Reason, m.DuesPaid)).ToList();
        return await RunAsync(id, user, authorization, meetings, organizations, book, clock, () => attendance.RecordAsync(id, request.Version!.Value, entries));
    }

    /// <summary>Closes a held meeting; too short or too thinly attended is recorded with warnings, a missing rating the rules ask for is refused.</summary>
    public static async Task<Results<Ok<MeetingDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> CloseMeeting(
        Guid id, CloseMeetingRequest request, ClaimsPrincipal user, IAuthorizationService authorization, MeetingQueries meetings,
        MeetingClosing closing, OrganizationQueries organizations, RuleBook book, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var close = new CloseMeeting(request.DurationMinutes!.Value, request.DuesCollected, request.QualityLevel, request.Chair, request.Recorder, request.Proceedings,
            [.. request.Decisions.Select(d => new DecisionRequest(d.Text, d.TrackAsTask))]);
        return await RunAsync(id, user, authorization, meetings, organizations, book, clock, () => closing.CloseAsync(id, request.Version!.Value, close));
    }

    /// <summary>The minutes as bytes: the meeting with its cell's name and the committee above it.</summary>
    public static async Task<byte[]> MinutesAsync(CellMeeting meeting, OrganizationQueries organizations, RuleBook book)
    {
        var cell = await organizations.FindAsync(meeting.OrganizationId);
        var parent = cell?.ParentId is { } parentId ? await organizations.FindAsync(parentId) : null;
        using var stream = new MemoryStream();
        MeetingMinutesDocument.Write(stream, new MinutesSource(meeting, cell?.Name ?? string.Empty, parent?.Name), book);
        return stream.ToArray();
    }

    private static async Task<Results<Ok<MeetingDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> RunAsync(
        Guid id, ClaimsPrincipal user, IAuthorizationService authorization, MeetingQueries meetings, OrganizationQueries organizations,
        RuleBook book, TimeProvider clock, Func<Task<MeetingOutcome>> change)
    {
        var meeting = await meetings.FindAsync(id);
        if (meeting is null || !user.CanRead(meeting))
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanRunAsync(user, meeting.OrganizationPath))
        {
            return TypedResults.Forbid();
        }

        var outcome = await change();
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "Xung đột chỉnh sửa", Detail = outcome.Refusals[0], Status = StatusCodes.Status409Conflict });
        }

        if (outcome.Meeting is null)
        {
            return Refused(outcome);
        }

        var stored = (await meetings.FindAsync(id))!;
        var name = (await organizations.FindAsync(stored.OrganizationId))?.Name ?? string.Empty;
        return TypedResults.Ok(MeetingView.Dto(stored, name, await meetings.CurrentInvitationsAsync(stored), book, VietnameseDates.Today(clock), outcome.Warnings));
    }

    private static ValidationProblem Refused(MeetingOutcome outcome) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [.. outcome.Refusals] }, title: "Không ghi được.");
}
