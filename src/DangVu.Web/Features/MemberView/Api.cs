using System.Security.Claims;
using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using DangVu.Data.Meetings;
using DangVu.Data.Members;
using DangVu.Web.Access;
using DangVu.Web.Api;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.MemberView;

/// <summary>/api/me/…: a party member's own meetings and record, for an account linked to a member file; nobody else's.</summary>
internal static class MemberViewApi
{
    public static RouteGroupBuilder MapMemberViewApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Của tôi").RequireAuthorization(Policies.OwnRecord);
        me.MapGet("/meetings", GetMyMeetings).WithName("GetMyMeetings");
        me.MapPost("/meetings/{id:guid}/reply", Reply).WithName("ReplyToMeeting");
        me.MapGet("/record", GetMyRecord).WithName("GetMyRecord");
        me.MapPost("/record/identity", RevealMyIdentity).WithName("RevealMyIdentity");
        return api;
    }

    public static async Task<Ok<MyMeetingsDto>> GetMyMeetings(ClaimsPrincipal user, MeetingQueries meetings, RuleBook book, TimeProvider clock) =>
        TypedResults.Ok(await MineAsync(user.MemberId()!.Value, meetings, book, clock));

    /// <summary>Confirms attendance, or sends the reason for an absence, before the meeting starts.</summary>
    public static async Task<Results<Ok<MyMeetingDto>, ValidationProblem, NotFound, Conflict<ProblemDetails>>> Reply(
        Guid id, ReplyRequest request, ClaimsPrincipal user, MemberReplies replies, MeetingQueries meetings, RuleBook book, TimeProvider clock)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var memberId = user.MemberId()!.Value;
        var outcome = await replies.ReplyAsync(id, memberId, request.Version!.Value, request.Attending!.Value, request.Reason);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "Xung đột chỉnh sửa", Detail = outcome.Refusal, Status = StatusCodes.Status409Conflict });
        }

        if (outcome.Invitation is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Reason)] = [outcome.Refusal ?? string.Empty] }, title: "Chưa gửi được.");
        }

        var mine = await MineAsync(memberId, meetings, book, clock);
        return mine.Upcoming.SingleOrDefault(m => m.Id == id) is { } meeting ? TypedResults.Ok(meeting) : TypedResults.NotFound();
    }

    /// <summary>The member's own file, identity numbers masked.</summary>
    public static async Task<Results<Ok<MemberDetailDto>, NotFound>> GetMyRecord(ClaimsPrincipal user, MemberQueries members) =>
        await members.FindAsync(user.MemberId()!.Value) is { } member ? TypedResults.Ok(MemberDetailDto.From(member, revealed: false)) : TypedResults.NotFound();

    /// <summary>The member's own file with the identity numbers in clear; the view is audited as the registry audits it.</summary>
    public static async Task<Results<Ok<MemberDetailDto>, NotFound>> RevealMyIdentity(ClaimsPrincipal user, MemberQueries members, AuditLog audit)
    {
        if (await members.FindAsync(user.MemberId()!.Value) is not { } member)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(AuditEvent.ConfidentialView(nameof(PartyMember), member.Id, nameof(PartyMember.CitizenId), nameof(PartyMember.CardNumber)));
        return TypedResults.Ok(MemberDetailDto.From(member, revealed: true));
    }

    public static async Task<MyMeetingsDto> MineAsync(Guid memberId, MeetingQueries meetings, RuleBook book, TimeProvider clock)
    {
        var (upcoming, history) = await meetings.ForMemberAsync(memberId, VietnameseDates.Today(clock));
        var now = clock.GetUtcNow();
        var expected = history.Where(h => h.Expectation == AttendanceExpectation.Expected).ToList();
        double? rate = expected.Count == 0 ? null : Math.Round((double)expected.Count(h => h.Invitation?.Mark == AttendanceMark.Present) / expected.Count, 4);
        return new MyMeetingsDto([.. upcoming.Select(m => MyMeetingDto.From(m, book, now))], [.. history.Select(MyAttendanceDto.From)], rate);
    }
}
