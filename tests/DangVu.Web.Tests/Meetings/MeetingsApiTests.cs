using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Meetings;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Tests.Meetings;

public sealed class MeetingsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_SchedulesTakesAttendanceAndCloses_ExemptedNotAbsent_StaleVersionIsAConflict_RefusalsInVietnamese()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "A");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.Committee.Path));
        var day = MeetingCells.Today.AddDays(-1);

        var created = await secretary.PostAsJsonAsync("/api/meetings", new CreateMeetingRequest
        {
            Organization = cells.Cell.Id,
            Date = day,
            StartTime = new(8, 0),
            Kind = MeetingKind.Regular,
            Agenda = "Đánh giá tháng",
        }, Json, Cancel);
        var meeting = await created.Content.ReadFromJsonAsync<MeetingDto>(Json, Cancel);
        var posted = await secretary.PostAsJsonAsync($"/api/meetings/{meeting!.Id}/documents", new PostDocumentRequest { Version = 0, Title = "Dự thảo nghị quyết" }, Json, Cancel);
        var marks = new RecordAttendanceRequest
        {
            Version = 1,
            Marks =
            [
                new() { Member = cells.Members["Trương Văn Mạnh"], Mark = AttendanceMark.Present, DuesPaid = true },
                new() { Member = cells.Members["Lâm Thị Hương"], Mark = AttendanceMark.ExcusedAbsence, Reason = "Đi học" },
            ],
        };
        var recorded = await secretary.PostAsJsonAsync($"/api/meetings/{meeting.Id}/attendance", marks, Json, Cancel);
        var unrated = await secretary.PostAsJsonAsync($"/api/meetings/{meeting.Id}/close", new CloseMeetingRequest { Version = 2, DurationMinutes = 100 }, Json, Cancel);
        var closed = await secretary.PostAsJsonAsync($"/api/meetings/{meeting.Id}/close",
            new CloseMeetingRequest { Version = 2, DurationMinutes = 100, QualityLevel = 0, Decisions = [new() { Text = "Đẩy mạnh kết nạp đảng viên", TrackAsTask = true }] }, Json, Cancel);
        var stale = await secretary.PutAsJsonAsync($"/api/meetings/{meeting.Id}",
            new UpdateMeetingRequest { Version = 2, Date = day, StartTime = new(9, 0), Kind = MeetingKind.Regular }, Json, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(3, meeting.Invitations.Count);
        Assert.Equal(AttendanceExpectation.Optional, meeting.Invitations.Single(i => i.Member == cells.Members["Bạch Văn Nghỉ"]).Expectation);
        var afterPost = await posted.Content.ReadFromJsonAsync<MeetingDto>(Json, Cancel);
        Assert.True(Assert.Single(afterPost!.Documents).Late);
        Assert.Contains("tài liệu đăng muộn", Assert.Single(afterPost.Warnings), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unrated.StatusCode);
        var problem = await unrated.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel);
        Assert.StartsWith("Hãy tự đánh giá chất lượng buổi sinh hoạt", problem!.Errors[string.Empty][0], StringComparison.Ordinal);
        var held = await closed.Content.ReadFromJsonAsync<MeetingDto>(Json, Cancel);
        Assert.Equal(MeetingStatus.Held, held!.Status);
        Assert.Equal((2, 1), (held.Expected, held.PresentOfExpected));
        Assert.Equal("Tốt", held.QualityName);
        Assert.True(Assert.Single(held.Decisions).TrackAsTask);
        Assert.Contains(held.Flags, f => f.Kind == MeetingFlagKind.LowAttendance);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", (await stale.Content.ReadFromJsonAsync<ProblemDetails>(Json, Cancel))!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretaryOfAnotherSubtree_NeitherSeesNorRuns_MemberRoleIsRefused_OfficeSeesAll()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "B");
        using var own = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.Cell.Path));
        using var other = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.OtherCell.Path));
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, cells.Cell.Path, cells.Members["Trương Văn Mạnh"]));
        var created = await own.PostAsJsonAsync("/api/meetings", new CreateMeetingRequest
        {
            Organization = cells.Cell.Id,
            Date = MeetingCells.Today.AddDays(10),
            StartTime = new(8, 0),
            Kind = MeetingKind.Thematic,
            Topic = "Học tập Nghị quyết",
        }, Json, Cancel);
        var meeting = await created.Content.ReadFromJsonAsync<MeetingDto>(Json, Cancel);

        var otherReads = await other.GetAsync($"/api/meetings/{meeting!.Id}", Cancel);
        var otherPosts = await other.PostAsJsonAsync($"/api/meetings/{meeting.Id}/documents", new PostDocumentRequest { Version = 0, Title = "X" }, Json, Cancel);
        var otherSchedules = await other.PostAsJsonAsync("/api/meetings", new CreateMeetingRequest
        {
            Organization = cells.Cell.Id,
            Date = MeetingCells.Today.AddDays(11),
            StartTime = new(8, 0),
            Kind = MeetingKind.Regular,
        }, Json, Cancel);
        var otherList = await other.GetFromJsonAsync<List<MeetingSummaryDto>>("/api/meetings", Json, Cancel);
        var otherReview = await other.GetAsync($"/api/meetings/review?organizationId={cells.Cell.Id}", Cancel);
        var memberReads = await member.GetAsync($"/api/meetings/{meeting.Id}", Cancel);
        var officeList = await office.GetFromJsonAsync<List<MeetingSummaryDto>>($"/api/meetings?organizationId={cells.Committee.Id}", Json, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, otherReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPosts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSchedules.StatusCode);
        Assert.DoesNotContain(otherList!, m => m.Id == meeting.Id);
        Assert.Equal(HttpStatusCode.NotFound, otherReview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, memberReads.StatusCode);
        Assert.Contains(officeList!, m => m.Id == meeting.Id);
    }

    [Fact]
    public async Task Plan_AndReview_FlagTheMonthsWithoutMeetings_AndTheWeakCell()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "C");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var year = MeetingCells.Today.Year;
        // One meeting held last year in January in the cell, nothing else: the rest of that year is skipped.
        var lastYear = new DateOnly(year - 1, 1, 6);
        var created = await (await office.PostAsJsonAsync("/api/meetings", new CreateMeetingRequest
        {
            Organization = cells.Cell.Id,
            Date = lastYear,
            StartTime = new(8, 0),
            Kind = MeetingKind.Regular,
        }, Json, Cancel)).Content.ReadFromJsonAsync<MeetingDto>(Json, Cancel);

        var plan = await office.PostAsJsonAsync("/api/meetings/plan", new PlanYearRequest { Organization = cells.OtherCell.Id, Year = year + 1 }, Json, Cancel);
        var review = await office.GetFromJsonAsync<MeetingReviewDto>(
            $"/api/meetings/review?organizationId={cells.Committee.Id}&from={year - 1}-01-01&to={year - 1}-12-31", Json, Cancel);
        var backwards = await office.GetAsync($"/api/meetings/review?from={year}-12-31&to={year}-01-01", Cancel);

        Assert.NotNull(created);
        Assert.Equal(12, (await plan.Content.ReadFromJsonAsync<List<MeetingSummaryDto>>(Json, Cancel))!.Count);
        var cell = review!.CellReviews.Single(c => c.Id == cells.Cell.Id);
        Assert.True(cell.Recorded);
        Assert.True(cell.Weak);
        Assert.Equal(12, cell.Flags.Count(f => f.Kind == MeetingFlagKind.SkippedMonth));
        Assert.Equal(4, cell.Flags.Count(f => f.Kind == MeetingFlagKind.NoThematicMeeting));
        Assert.False(review.CellReviews.Single(c => c.Id == cells.OtherCell.Id).Recorded);
        Assert.Equal(1, review.UnrecordedCells);
        Assert.Equal(12, review.Months.Count);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }
}
