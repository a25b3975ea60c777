using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Meetings;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Meetings;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DangVu.Web.Tests.Meetings;

public sealed class MinutesDocumentTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Minutes_OfAHeldMeeting_OpenInOpenXmlAsA4PartyFormat_AndLibreOfficeConvertsThemToPdf()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "F");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.Committee.Path));
        var day = MeetingCells.Today.AddDays(-2);
        var meeting = await (await secretary.PostAsJsonAsync("/api/meetings", new CreateMeetingRequest
        {
            Organization = cells.Cell.Id,
            Date = day,
            StartTime = new(14, 0),
            Kind = MeetingKind.Combined,
            Topic = "Học tập và làm theo tư tưởng Hồ Chí Minh",
            Agenda = "Đánh giá tháng\nSinh hoạt chuyên đề",
        }, Json, Cancel)).Content.ReadFromJsonAsync<MeetingDto>(Json, Cancel);
        var early = await secretary.GetAsync($"/api/meetings/{meeting!.Id}/minutes.docx", Cancel);
        await secretary.PostAsJsonAsync($"/api/meetings/{meeting.Id}/attendance", new RecordAttendanceRequest
        {
            Version = 0,
            Marks =
            [
                new() { Member = cells.Members["Trương Văn Mạnh"], Mark = AttendanceMark.Present, DuesPaid = true },
                new() { Member = cells.Members["Lâm Thị Hương"], Mark = AttendanceMark.ExcusedAbsence, Reason = "Trực cấp cứu" },
            ],
        }, Json, Cancel);
        await secretary.PostAsJsonAsync($"/api/meetings/{meeting.Id}/close", new CloseMeetingRequest
        {
            Version = 1,
            DurationMinutes = 125,
            DuesCollected = 120_000,
            QualityLevel = 1,
            Chair = "Trương Văn Mạnh",
            Recorder = "Lâm Thị Hương",
            Proceedings = "Chi bộ thảo luận chuyên đề.",
            Decisions = [new() { Text = "Mỗi đảng viên đăng ký một việc làm theo Bác" }],
        }, Json, Cancel);

        using var response = await secretary.GetAsync($"/api/meetings/{meeting.Id}/minutes.docx", Cancel);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using (var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
            Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("CHI BỘ KHOA NHI F", text, StringComparison.Ordinal);
            Assert.Contains("SINH HOẠT CHI BỘ THƯỜNG KỲ KẾT HỢP CHUYÊN ĐỀ THÁNG " + day.Month, text, StringComparison.Ordinal);
            Assert.Contains($"Ngày {day.Day} tháng {day.Month} năm {day.Year}", text, StringComparison.Ordinal);
            Assert.Contains("tổng số đảng viên phải dự 2; có mặt 1; vắng 1 (có lý do 1, không lý do 0). Đảng viên được miễn sinh hoạt: 1 (có mặt 0).", text, StringComparison.Ordinal);
            Assert.Contains("Lâm Thị Hương F (Trực cấp cứu)", text, StringComparison.Ordinal);
            Assert.Contains("1. Mỗi đảng viên đăng ký một việc làm theo Bác", text, StringComparison.Ordinal);
            Assert.Contains("thu 120.000 đồng; 1 đồng chí đã nộp.", text, StringComparison.Ordinal);
            Assert.Contains("Chi bộ tự đánh giá chất lượng buổi sinh hoạt: Khá.", text, StringComparison.Ordinal);
            Assert.Contains("lúc 16 giờ 05 cùng ngày, thời lượng 125 phút", text, StringComparison.Ordinal);
            var page = body.GetFirstChild<SectionProperties>()!;
            Assert.Equal(11906U, page.GetFirstChild<PageSize>()!.Width!.Value);
            Assert.Equal(1701U, page.GetFirstChild<PageMargin>()!.Left!.Value);
        }

        var path = Path.Combine(Path.GetTempPath(), $"bien-ban-{Guid.NewGuid():N}.docx");
        await File.WriteAllBytesAsync(path, bytes, Cancel);
        try
        {
            var pdf = await LibreOffice.WordAsPdfAsync(path);
            var read = await LibreOffice.DocumentAsTextAsync(path);
            Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
            Assert.Contains("BIÊN BẢN", read, StringComparison.Ordinal);
            Assert.Contains("Lâm Thị Hương F (Trực cấp cứu)", read, StringComparison.Ordinal);
            Assert.Contains("Chủ trì: Trương Văn Mạnh; thư ký: Lâm Thị Hương.", read, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
