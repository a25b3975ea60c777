using System.Net;
using System.Text.RegularExpressions;
using DangVu.Core.Access;
using DangVu.Core.Text;
using DangVu.TestCommon.Web;

namespace DangVu.Web.Tests.Meetings;

public sealed partial class MeetingPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_ThroughThePages_SchedulesPostsTakesAttendanceAndCloses_AStaleEditIsRefusedInVietnamese()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "G");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.Cell.Path));
        var day = VietnameseDates.Numeric(MeetingCells.Today.AddDays(-1));

        var created = await SignedInClient.PostFormAsync(secretary, "/sinh-hoat/moi", new()
        {
            ["Form.Organization"] = cells.Cell.Id.ToString(),
            ["Form.Date"] = day,
            ["Form.StartTime"] = "8:30",
            ["Form.Kind"] = "Regular",
        });
        var path = created.Headers.Location!.OriginalString.Split('?')[0];
        var document = await SignedInClient.PostFormAsync(secretary, $"{path}?handler=Document", new() { ["Version"] = "0", ["DocumentTitle"] = "Dự thảo nghị quyết" });
        var attendance = await SignedInClient.PostFormAsync(secretary, $"{path}?handler=Attendance", new()
        {
            ["Version"] = "1",
            ["Marks[0].Member"] = cells.Members["Trương Văn Mạnh"].ToString(),
            ["Marks[0].Mark"] = "Present",
            ["Marks[0].DuesPaid"] = "true",
            ["Marks[1].Member"] = cells.Members["Lâm Thị Hương"].ToString(),
            ["Marks[1].Mark"] = "Present",
        });
        var stale = await SignedInClient.PostFormAsync(secretary, $"{path}?handler=Edit", new()
        {
            ["Version"] = "0",
            ["Form.Date"] = day,
            ["Form.StartTime"] = "9:00",
            ["Form.Kind"] = "Regular",
        });
        var closed = await SignedInClient.PostFormAsync(secretary, $"{path}?handler=Close", new()
        {
            ["Version"] = "2",
            ["DurationMinutes"] = "95",
            ["QualityLevel"] = "0",
            ["Decisions[0].Text"] = "Kết nạp 2 đảng viên trong quý",
            ["Decisions[0].TrackAsTask"] = "true",
        });
        var page = await secretary.GetStringAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches(@"^/sinh-hoat/[0-9a-f-]{36}$", path);
        Assert.Equal(HttpStatusCode.Redirect, document.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, attendance.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi; hãy tải lại rồi làm lại.", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("có mặt 2/2 đảng viên phải dự", page, StringComparison.Ordinal);
        Assert.Contains("đăng muộn", page, StringComparison.Ordinal);
        Assert.Contains("theo dõi như nhiệm vụ", page, StringComparison.Ordinal);
        Assert.Contains("Tải biên bản (DOCX)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_OnCuaToi_SendsAReason_AnUnlinkedAccountIsToldWhy_OfficePagesAnswer()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "H");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.Cell.Path));
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, cells.Cell.Path, cells.Members["Lâm Thị Hương"]));
        using var unlinked = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, cells.Cell.Path));
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var created = await SignedInClient.PostFormAsync(secretary, "/sinh-hoat/moi", new()
        {
            ["Form.Organization"] = cells.Cell.Id.ToString(),
            ["Form.Date"] = VietnameseDates.Numeric(MeetingCells.Today.AddDays(5)),
            ["Form.StartTime"] = "14:00",
            ["Form.Kind"] = "Thematic",
            ["Form.Topic"] = "Học tập Nghị quyết Trung ương",
        });
        var meetingId = MeetingId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;

        var before = await member.GetStringAsync("/cua-toi", Cancel);
        var sent = await SignedInClient.PostFormAsync(member, "/cua-toi?handler=Reply", new()
        {
            ["meeting"] = meetingId,
            ["version"] = "0",
            ["attending"] = "false",
            ["reason"] = "Đi học lớp trung cấp lý luận",
        });
        var after = await member.GetStringAsync("/cua-toi?da-gui=2", Cancel);
        var seen = await secretary.GetStringAsync($"/sinh-hoat/{meetingId}", Cancel);
        var nobody = await unlinked.GetStringAsync("/cua-toi", Cancel);
        var flags = await office.GetStringAsync($"/sinh-hoat/canh-bao?to-chuc={cells.Committee.Id}", Cancel);
        var statistics = await office.GetStringAsync($"/sinh-hoat/thong-ke?to-chuc={cells.Committee.Id}", Cancel);
        var list = await office.GetStringAsync("/sinh-hoat", Cancel);

        Assert.Contains("Học tập Nghị quyết Trung ương", before, StringComparison.Ordinal);
        Assert.Contains("href=\"/cua-toi/hoc-tap\"", before, StringComparison.Ordinal);
        Assert.Contains("id=\"classes-and-certificates\"", before, StringComparison.Ordinal);
        Assert.Contains("Chưa có nhiệm vụ nào", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Đã gửi lý do vắng mặt đến bí thư chi bộ.", after, StringComparison.Ordinal);
        Assert.Contains("Đã báo vắng: Đi học lớp trung cấp lý luận", after, StringComparison.Ordinal);
        Assert.Contains("Đã báo vắng: Đi học lớp trung cấp lý luận", seen, StringComparison.Ordinal);
        Assert.Contains("chưa được gắn với hồ sơ đảng viên nào", nobody, StringComparison.Ordinal);
        Assert.Contains("Chi bộ yếu kém trong sinh hoạt", flags, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ đảng viên dự theo tháng", statistics, StringComparison.Ordinal);
        Assert.Contains("Sinh hoạt chi bộ", list, StringComparison.Ordinal);
    }

    [GeneratedRegex("^/sinh-hoat/([0-9a-f-]{36})")]
    private static partial Regex MeetingId();
}
