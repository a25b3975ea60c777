using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Core.Training;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Training;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Training;

public sealed class TrainingApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_RunsAClass_RefusalsAreVietnamese_StaleVersionIs409()
    {
        var (hospital, school) = await TwoCellsAsync("A");
        var inside = await MemberAsync("Trần Văn An", hospital.Id);
        var outside = await MemberAsync("Phạm Văn Xa", school.Id);
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        var created = await secretary.PostAsJsonAsync("/api/training/classes", new CreateClassRequest
        {
            Kind = TrainingKind.ReporterRefresher,
            Name = "Bồi dưỡng báo cáo viên 2025",
            Organizer = hospital.Id,
            StartsOn = new(2025, 3, 3),
            EndsOn = new(2025, 3, 5),
            Sessions = [new(new(2025, 3, 3), "Tình hình thời sự"), new(new(2025, 3, 5), "Kỹ năng báo cáo")],
        }, Json, Cancel);
        var training = await created.Content.ReadFromJsonAsync<TrainingClassDto>(Json, Cancel);
        var path = $"/api/training/classes/{training!.Id}";

        var foreigner = await secretary.PostAsJsonAsync($"{path}/enrolments", new EnrolRequest { Version = 0, Members = [outside.Id] }, Json, Cancel);
        var enrolled = await secretary.PostAsJsonAsync($"{path}/enrolments", new EnrolRequest { Version = 0, Members = [inside.Id] }, Json, Cancel);
        var stale = await secretary.PostAsJsonAsync($"{path}/enrolments", new EnrolRequest { Version = 0, Members = [inside.Id] }, Json, Cancel);
        var afterEnrol = await enrolled.Content.ReadFromJsonAsync<TrainingClassDto>(Json, Cancel);
        var enrolment = Assert.Single(afterEnrol!.Enrolments).Id;
        var strangeSession = await secretary.PostAsJsonAsync($"{path}/attendance", new AttendanceRequest { Version = 1, Session = Guid.NewGuid(), Present = [enrolment] }, Json, Cancel);
        var attended = await secretary.PostAsJsonAsync($"{path}/attendance", new AttendanceRequest { Version = 1, Session = afterEnrol.Sessions[0].Id, Present = [enrolment] }, Json, Cancel);
        var early = await secretary.PostAsJsonAsync($"{path}/results", new ResultsRequest { Version = 2, Entries = [new(enrolment, TrainingResult.Passed, "7/GCN", new(2025, 3, 4))] }, Json, Cancel);
        var certified = await secretary.PostAsJsonAsync($"{path}/results", new ResultsRequest { Version = 2, Entries = [new(enrolment, TrainingResult.Passed, "7/GCN", new(2025, 3, 5))] }, Json, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Phạm Văn Xa không sinh hoạt trong Chi bộ Bệnh viện A, tổ chức mở lớp: chỉ ghi danh đảng viên thuộc tổ chức đó.", await RefusalAsync(foreigner));
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", (await stale.Content.ReadFromJsonAsync<ProblemDetails>(Json, Cancel))!.Detail, StringComparison.Ordinal);
        Assert.Equal("Buổi học này không thuộc lớp: không điểm danh được.", await RefusalAsync(strangeSession));
        Assert.Equal(HttpStatusCode.OK, attended.StatusCode);
        Assert.Contains("chỉ cấp khi lớp đã kết thúc", await RefusalAsync(early), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, certified.StatusCode);
        var final = await certified.Content.ReadFromJsonAsync<TrainingClassDto>(Json, Cancel);
        Assert.Equal("7/GCN", final!.Enrolments[0].CertificateNumber);
        Assert.True(final.Enrolments[0].Attendance.Single(a => a.Session == afterEnrol.Sessions[0].Id).Present);
    }

    [Fact]
    public async Task Scope_SecretaryOfAnotherCell_NeitherSeesNorRuns_APlainMemberIsRefused_OfficeSees()
    {
        var (hospital, school) = await TwoCellsAsync("B");
        using var owner = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        using var other = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, school.Path));
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, hospital.Path));
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var created = await owner.PostAsJsonAsync("/api/training/classes", NewClass(hospital.Id), Json, Cancel);
        var training = await created.Content.ReadFromJsonAsync<TrainingClassDto>(Json, Cancel);

        var otherGet = await other.GetAsync($"/api/training/classes/{training!.Id}", Cancel);
        var otherEnrol = await other.PostAsJsonAsync($"/api/training/classes/{training.Id}/enrolments", new EnrolRequest { Version = 0, Members = [Guid.NewGuid()] }, Json, Cancel);
        var otherCreate = await other.PostAsJsonAsync("/api/training/classes", NewClass(hospital.Id), Json, Cancel);
        var otherList = await other.GetFromJsonAsync<List<TrainingClassSummaryDto>>("/api/training/classes", Json, Cancel);
        var memberList = await member.GetAsync("/api/training/classes", Cancel);
        var officeList = await office.GetFromJsonAsync<List<TrainingClassSummaryDto>>($"/api/training/classes?organizationId={hospital.Id}", Json, Cancel);
        var otherPage = await other.GetAsync($"/hoc-tap/lop/{training.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, otherGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherEnrol.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCreate.StatusCode);
        Assert.DoesNotContain(otherList!, c => c.Id == training.Id);
        Assert.Equal(HttpStatusCode.Forbidden, memberList.StatusCode);
        Assert.Contains(officeList!, c => c.Id == training.Id);
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
    }

    [Fact]
    public async Task Completion_JsonXlsxAndPage_NameWhoHasNotStudied()
    {
        var (hospital, _) = await TwoCellsAsync("C");
        var studied = await MemberAsync("Trần Văn Học", hospital.Id);
        var missing = await MemberAsync("Lê Thị Vắng", hospital.Id);
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        var topic = "Nghị quyết Hội nghị Trung ương 6 khoá X (C)";
        var created = await secretary.PostAsJsonAsync("/api/training/classes", new CreateClassRequest
        {
            Kind = TrainingKind.ResolutionStudy,
            Name = "Học tập Nghị quyết TW 6",
            Topic = topic,
            Organizer = hospital.Id,
            StartsOn = new(2008, 6, 16),
            EndsOn = new(2008, 6, 18),
            Sessions = [new(new(2008, 6, 16), "Chuyên đề 1")],
        }, Json, Cancel);
        var training = await created.Content.ReadFromJsonAsync<TrainingClassDto>(Json, Cancel);
        var enrolled = await (await secretary.PostAsJsonAsync($"/api/training/classes/{training!.Id}/enrolments", new EnrolRequest { Version = 0, Members = [studied.Id, missing.Id] }, Json, Cancel))
            .Content.ReadFromJsonAsync<TrainingClassDto>(Json, Cancel);
        var results = await secretary.PostAsJsonAsync($"/api/training/classes/{training.Id}/results", new ResultsRequest
        {
            Version = 1,
            Entries = [new(enrolled!.Enrolments.Single(e => e.MemberId == studied.Id).Id, TrainingResult.Passed), new(enrolled.Enrolments.Single(e => e.MemberId == missing.Id).Id, TrainingResult.Failed)],
        }, Json, Cancel);
        var key = Uri.EscapeDataString(Core.Text.VietnameseText.SearchKey(topic));

        var report = await secretary.GetFromJsonAsync<ResolutionCompletionDto>($"/api/training/completion?organizationId={hospital.Id}&topic={key}", Json, Cancel);
        using var workbook = await secretary.GetAsync($"/api/training/completion.xlsx?organizationId={hospital.Id}&topic={key}", Cancel);
        var bytes = await workbook.Content.ReadAsByteArrayAsync(Cancel);
        var page = await secretary.GetStringAsync($"/hoc-tap/hoan-thanh?to-chuc={hospital.Id}&nghi-quyet={key}", Cancel);
        var list = await secretary.GetStringAsync("/hoc-tap", Cancel);
        var detail = await secretary.GetStringAsync($"/hoc-tap/lop/{training.Id}", Cancel);

        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.Equal(2, report!.Total.Required);
        Assert.Equal(1, report.Total.Completed);
        Assert.Equal("Lê Thị Vắng", Assert.Single(report.Missing).FullName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Tổng hợp", "Theo tổ chức", "Chưa học tập", "Không tính", "Dự bị chưa học lớp mới"], XlsxCells.SheetNames(bytes));
        Assert.Equal(["Họ và tên", "Chi bộ"], XlsxCells.Rows(bytes, "Chưa học tập")[0]);
        Assert.Equal(["Lê Thị Vắng", "Chi bộ Bệnh viện C"], XlsxCells.Rows(bytes, "Chưa học tập")[1]);
        Assert.Equal(["Số chưa học tập", "1"], XlsxCells.Rows(bytes, "Tổng hợp").Single(r => r[0] == "Số chưa học tập"));
        Assert.Contains("Lê Thị Vắng", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"bar\"", page, StringComparison.Ordinal);
        Assert.Contains("Học tập Nghị quyết TW 6", list, StringComparison.Ordinal);
        Assert.Contains("Trần Văn Học", detail, StringComparison.Ordinal);
    }

    private static CreateClassRequest NewClass(Guid organizer) => new()
    {
        Kind = TrainingKind.ReporterRefresher,
        Name = "Bồi dưỡng báo cáo viên",
        Organizer = organizer,
        StartsOn = new(2025, 3, 3),
        EndsOn = new(2025, 3, 5),
    };

    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel);
        return Assert.Single(problem!.Errors[string.Empty]);
    }

    private async Task<PartyMember> MemberAsync(string name, Guid cell)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember(name, new DateOnly(1980, 1, 1), Gender.Male, cell, new DateOnly(2000, 1, 1), new DateOnly(2001, 1, 1)), cancellationToken: Cancel);
        return member ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    private async Task<(PartyOrganization Hospital, PartyOrganization School)> TwoCellsAsync(string suffix)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ Học tập {suffix}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var hospital = (await restructuring.CreateAsync(new($"Chi bộ Bệnh viện {suffix}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        var school = (await restructuring.CreateAsync(new($"Chi bộ Trường {suffix}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        return (hospital, school);
    }
}
