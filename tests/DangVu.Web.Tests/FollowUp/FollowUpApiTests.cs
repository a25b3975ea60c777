using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.FollowUp;
using DangVu.Data;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.FollowUp;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.FollowUp;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.FollowUp;

public sealed class FollowUpApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly byte[] Minutes = Encoding.UTF8.GetBytes("%PDF-1.4 biên bản kiểm tra chi bộ");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASecretaryOfAnotherOrganization_GetsNotFoundForItsTaskReportAndEvidence_ApiAndPages()
    {
        var (world, office, inspection, hospital) = await SetUpAsync("A");
        var fifth = await TaskFiveAsync(office, world);

        var reported = await inspection.PostAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/reports", Report(world.Inspection.Id, "bien-ban.pdf"), Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var file = (await reported.Content.ReadFromJsonAsync<ReportDto>(Json, Cancel))!.Evidence.Single();

        Assert.Equal(HttpStatusCode.NotFound, (await hospital.GetAsync($"/api/follow-up/tasks/{fifth.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hospital.GetAsync($"/theo-doi/nhiem-vu/{fifth.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hospital.PostAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/reports", Report(world.Hospital.Id, "x.pdf"), Json, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hospital.GetAsync($"/api/follow-up/evidence/{file.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hospital.GetAsync($"/theo-doi/tep/{file.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hospital.GetAsync($"/theo-doi/to-chuc/{world.Inspection.Id}", Cancel)).StatusCode);
        var hospitalList = await hospital.GetFromJsonAsync<List<TaskSummaryDto>>("/api/follow-up/tasks", Json, Cancel);
        Assert.DoesNotContain(hospitalList!, t => t.Id == fifth.Id);

        var own = await inspection.GetAsync($"/api/follow-up/evidence/{file.Id}", Cancel);
        var page = await inspection.GetAsync($"/theo-doi/tep/{file.Id}", Cancel);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(Minutes, await own.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("application/pdf", page.Content.Headers.ContentType?.MediaType);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().AuditEntries
            .CountAsync(e => e.Action == EvidenceDownload.AuditAction && e.EntityId == file.Id.ToString(), Cancel);
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task ACooperatingOrganization_SeesTheTaskAndReportsForItself_ButNotForTheLead()
    {
        var (world, office, _, hospital) = await SetUpAsync("B");
        var fifth = await TaskFiveAsync(office, world, cooperators: [world.Hospital.Id]);

        var seen = await hospital.GetAsync($"/api/follow-up/tasks/{fifth.Id}", Cancel);
        var forLead = await hospital.PostAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/reports", Report(world.Inspection.Id, "a.pdf"), Json, Cancel);
        var forItself = await hospital.PostAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/reports", Report(world.Hospital.Id, "b.pdf"), Json, Cancel);
        var assign = await hospital.PutAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/assignment", new AssignmentRequest
        {
            Version = fifth.Version,
            Lead = world.Hospital.Id,
            StartOn = new(2008, 5, 22),
            DueOn = new(2008, 12, 31),
        }, Json, Cancel);

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forLead.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forItself.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
    }

    [Fact]
    public async Task Assign_AStaleVersion_IsAConflict_AndBadDaysAreAValidationProblem()
    {
        var (world, office, _, _) = await SetUpAsync("C");
        var fifth = await TaskFiveAsync(office, world);

        var stale = await office.PutAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/assignment", new AssignmentRequest
        {
            Version = fifth.Version - 1,
            Lead = world.Bloc.Id,
            StartOn = new(2008, 5, 22),
            DueOn = new(2008, 12, 31),
        }, Json, Cancel);
        var badDays = await office.PutAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/assignment", new AssignmentRequest
        {
            Version = fifth.Version,
            Lead = world.Bloc.Id,
            StartOn = new(2008, 5, 22),
            DueOn = new(2008, 12, 31),
            ReminderDays = "0",
        }, Json, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("người khác sửa", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDays.StatusCode);
        Assert.Contains("nhắc trước hạn", await badDays.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollups_OfADocumentAndAnOrganization_AnswerAsJsonAndAsXlsxThatLibreOfficeReads()
    {
        var (world, office, inspection, _) = await SetUpAsync("D");
        var fifth = await TaskFiveAsync(office, world);
        var done = await inspection.PostAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/reports", Report(world.Inspection.Id, "xong.pdf", ReportStatus.Done, new(2008, 10, 4)), Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, done.StatusCode);

        var document = await office.GetFromJsonAsync<RollupDto>($"/api/follow-up/documents/{world.SeedKey}/rollup?asOf=2008-10-15", Json, Cancel);
        var organization = await inspection.GetFromJsonAsync<RollupDto>($"/api/follow-up/organizations/{world.Inspection.Id}/rollup?asOf=2008-10-15", Json, Cancel);
        var period = await office.GetFromJsonAsync<RollupDto>("/api/follow-up/rollup?from=2008-09-01&to=2008-09-30&asOf=2008-10-15", Json, Cancel);
        var backwards = await office.GetAsync("/api/follow-up/rollup?from=2008-09-30&to=2008-09-01", Cancel);
        var bytes = await office.GetByteArrayAsync($"/api/follow-up/documents/{world.SeedKey}/rollup.xlsx?asOf=2008-10-15", Cancel);

        Assert.True(document!.Total >= 8);
        Assert.Equal(1, document.States.Single(s => s.State == TaskState.DoneLate).Count);
        Assert.Equal((TaskState.DoneLate, 4, 0.0), (Assert.Single(organization!.Tasks).State, organization.Tasks[0].DaysLate, organization.OnTimeRate!.Value));
        Assert.Equal(fifth.Id, Assert.Single(period!.Tasks).Id);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["Tổng hợp", "Theo đơn vị", "Theo tháng", "Quá hạn", "Nhiệm vụ"], sheets);
        }

        var path = Path.Combine(Path.GetTempPath(), $"theo-doi-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, bytes, Cancel);
        var csv = await LibreOffice.SheetAsCsvAsync(path);
        File.Delete(path);
        Assert.Contains("Tính đến ngày,15/10/2008", csv, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành trễ hạn,1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFromText_AMeetingsDecision_IsATask_AndNotificationsAnswerEveryone()
    {
        var (world, office, _, hospital) = await SetUpAsync("E");

        var created = await office.PostAsJsonAsync("/api/follow-up/tasks", new CreateFromTextRequest
        {
            Text = "Chi bộ giao đồng chí Bí thư chuẩn bị hồ sơ kết nạp hai quần chúng ưu tú.",
            SourceLabel = "Nghị quyết chi bộ tháng 6/2008",
            IssuingOrganization = world.Hospital.Id,
            Assignment = new AssignmentRequest { Lead = world.Hospital.Id, StartOn = new(2008, 6, 28), DueOn = new(2008, 9, 30) },
        }, Json, Cancel);
        var refusedToSecretary = await hospital.PostAsJsonAsync("/api/follow-up/tasks", new CreateFromTextRequest
        {
            Text = "x",
            IssuingOrganization = world.Hospital.Id,
            Assignment = new AssignmentRequest { Lead = world.Hospital.Id, StartOn = new(2008, 6, 28), DueOn = new(2008, 9, 30) },
        }, Json, Cancel);
        var notifications = await hospital.GetFromJsonAsync<List<NotificationDto>>("/api/follow-up/notifications", Json, Cancel);
        var unknown = await hospital.PostAsync($"/api/follow-up/notifications/{Guid.NewGuid()}/read", null, Cancel);
        var page = await hospital.GetStringAsync("/thong-bao", Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Nghị quyết chi bộ tháng 6/2008", (await created.Content.ReadFromJsonAsync<TaskSummaryDto>(Json, Cancel))!.Source);
        Assert.Equal(HttpStatusCode.Forbidden, refusedToSecretary.StatusCode);
        Assert.NotNull(notifications);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Thông báo", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_TheDashboardTheDocumentAndTheTask_AnswerTheOffice()
    {
        var (world, office, inspection, _) = await SetUpAsync("F");
        var fifth = await TaskFiveAsync(office, world);

        var dashboard = await office.GetStringAsync("/theo-doi?ngay=15/10/2008", Cancel);
        var document = await office.GetStringAsync($"/theo-doi/van-ban/{world.SeedKey}", Cancel);
        var task = await inspection.GetStringAsync($"/theo-doi/nhiem-vu/{fifth.Id}", Cancel);
        var sources = await inspection.GetAsync("/theo-doi/van-ban", Cancel);

        Assert.Contains("Theo dõi thực hiện nhiệm vụ", dashboard, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ hoàn thành đúng hạn theo tháng", dashboard, StringComparison.Ordinal);
        Assert.Contains("Giao nhiệm vụ từ văn bản", document, StringComparison.Ordinal);
        Assert.Contains("Gửi báo cáo tiến độ", task, StringComparison.Ordinal);
        Assert.DoesNotContain("Lưu giao việc", task, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sources.StatusCode); // the office's page: a secretary is sent to "không đủ quyền"
    }

    private async Task<(FollowUpWorld World, HttpClient Office, HttpClient Inspection, HttpClient Hospital)> SetUpAsync(string suffix)
    {
        var world = await FollowUpWorld.CreateAsync(app.Factory.Services, " " + suffix);
        var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, world.Province.Path));
        var inspection = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, world.Inspection.Path));
        var hospital = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, world.Hospital.Path));
        return (world, office, inspection, hospital);
    }

    /// <summary>The office makes the seed's tasks (led by the bloc) and gives task 5 to the inspection commission, due 30/9/2008.</summary>
    private static async Task<TaskDto> TaskFiveAsync(HttpClient office, FollowUpWorld world, Guid[]? cooperators = null)
    {
        var created = await office.PostAsJsonAsync($"/api/follow-up/sources/{world.SeedKey}/tasks", new CreateFromDocumentRequest
        {
            Numbers = ["1", "2", "3", "4", "5", "6", "7", "8"],
            Lead = world.Bloc.Id,
            IssuingOrganization = world.Province.Id,
        }, Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var fifth = (await created.Content.ReadFromJsonAsync<List<TaskSummaryDto>>(Json, Cancel))!.Single(t => t.Source.EndsWith("mục 5", StringComparison.Ordinal));
        var assigned = await office.PutAsJsonAsync($"/api/follow-up/tasks/{fifth.Id}/assignment", new AssignmentRequest
        {
            Version = 0,
            Lead = world.Inspection.Id,
            Cooperators = [.. cooperators ?? []],
            StartOn = new(2008, 5, 22),
            DueOn = new(2008, 9, 30),
            Cadence = ReportCadence.Monthly,
        }, Json, Cancel);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        return (await office.GetFromJsonAsync<TaskDto>($"/api/follow-up/tasks/{fifth.Id}", Json, Cancel))!;
    }

    private static ReportRequest Report(Guid organization, string file, ReportStatus status = ReportStatus.InProgress, DateOnly? on = null) => new()
    {
        Organization = organization,
        ReportedOn = on ?? new DateOnly(2008, 7, 31),
        Status = status,
        Text = "Đã kiểm tra 3 chi bộ trực thuộc.",
        Figures = "Số chi bộ được kiểm tra: 3",
        Files = [new EvidenceUpload(file, Convert.ToBase64String(Minutes))],
    };
}
