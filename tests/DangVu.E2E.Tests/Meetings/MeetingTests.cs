using DangVu.Core.Access;
using DangVu.Core.Meetings;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Meetings;

public sealed class MeetingTests(E2EFixture e2e)
{
    private const string Reason = "Trực cấp cứu tại khoa";

    [Fact]
    public async Task Meeting_MemberOnAPhoneSendsAReason_SecretarySeesItTakesAttendanceAndCloses_MinutesOpen_OfficeChartChanges()
    {
        var (cell, member, meeting, day) = await SetUpAsync();
        var memberAccount = await TestAccounts.CreateAsync(e2e.App, Role.Member, cell.Path, member);
        var secretaryAccount = await TestAccounts.CreateAsync(e2e.App, Role.Secretary, cell.Path);
        var office = await e2e.Browser.NewPageAsync(e2e.BaseAddress, e2e.AdminState);
        await office.GotoAsync($"/sinh-hoat/thong-ke?to-chuc={cell.Id}");
        await Assertions.Expect(office.Locator("#attendance-rate strong")).ToHaveTextAsync("—");

        // The member, on a phone, finds the meeting and its document, and sends the reason for being away.
        var phone = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(phone, memberAccount.UserName, memberAccount.Password);
        await phone.GetByText("Trình đơn").ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Của tôi", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Sinh hoạt thường kỳ — {VietnameseDates.Numeric(day)}" })).ToBeVisibleAsync();
        await phone.GetByText("Dự thảo nghị quyết chi bộ tháng").ClickAsync();
        await Assertions.Expect(phone.GetByText("Đề nghị đảng viên nghiên cứu trước.")).ToBeVisibleAsync();
        await phone.GetByLabel($"Lý do vắng buổi {VietnameseDates.Numeric(day)}").FillAsync(Reason);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi lý do vắng" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi lý do vắng mặt đến bí thư chi bộ.");
        await Assertions.Expect(phone.GetByText($"Đã báo vắng: {Reason}")).ToBeVisibleAsync();
        await AssertFitsAsync(phone, "Của tôi");
        await phone.Context.CloseAsync();

        // The secretary, on a phone too, sees the reason, takes attendance and closes the meeting.
        var secretary = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(secretary, secretaryAccount.UserName, secretaryAccount.Password);
        await secretary.GotoAsync("/sinh-hoat");
        await secretary.GetByRole(AriaRole.Link, new() { Name = VietnameseDates.Numeric(day), Exact = false }).First.ClickAsync();
        await Assertions.Expect(secretary.GetByText($"Đã báo vắng: {Reason}")).ToBeVisibleAsync();
        await Assertions.Expect(secretary.GetByLabel("Điểm danh Đoàn Thị Mai")).ToHaveValueAsync(nameof(AttendanceMark.ExcusedAbsence));
        await secretary.GetByLabel("Điểm danh Quách Văn Sơn").SelectOptionAsync(new SelectOptionValue { Label = "Có mặt" });
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        await Assertions.Expect(secretary.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu điểm danh.");
        await secretary.GetByLabel("Thời lượng (phút)").FillAsync("95");
        await secretary.GetByLabel("Chi bộ tự đánh giá chất lượng").SelectOptionAsync(new SelectOptionValue { Label = "Tốt" });
        await secretary.GetByLabel("Quyết nghị 1", new() { Exact = true }).FillAsync("Hoàn thành kế hoạch khám sức khoẻ cho người cao tuổi");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Kết thúc buổi sinh hoạt" }).ClickAsync();
        await Assertions.Expect(secretary.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã kết thúc buổi sinh hoạt; biên bản đã sẵn sàng.");
        await Assertions.Expect(secretary.Locator("#attendance-count")).ToContainTextAsync("có mặt 1/2 đảng viên phải dự");
        await AssertFitsAsync(secretary, "Buổi sinh hoạt");
        var download = await secretary.RunAndWaitForDownloadAsync(() => secretary.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản (DOCX)" }).ClickAsync());
        var minutes = Path.Combine(Path.GetTempPath(), $"bien-ban-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(minutes);
        await secretary.Context.CloseAsync();
        try
        {
            var text = await LibreOffice.DocumentAsTextAsync(minutes);
            Assert.Contains("BIÊN BẢN", text, StringComparison.Ordinal);
            Assert.Contains($"Đoàn Thị Mai ({Reason})", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(minutes);
        }

        // The office's chart of the month now shows the attendance.
        await office.ReloadAsync();
        await Assertions.Expect(office.Locator("#attendance-rate strong")).ToHaveTextAsync("50,0%");
        await Assertions.Expect(office.Locator("#attendance-by-month")).ToContainTextAsync("50,0%");
        await office.Context.CloseAsync();
        Assert.NotEqual(Guid.Empty, meeting);
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{what} is {overflow}px wider than a 390px phone.");
    }

    /// <summary>
    /// A cell of two, and today's meeting starting later today (members may reply until it starts; attendance is taken
    /// on its day), its draft resolution posted.
    /// </summary>
    private async Task<(PartyOrganization Cell, Guid Member, Guid Meeting, DateOnly Day)> SetUpAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var restructuring = services.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Khánh Hoà", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng bộ Bệnh viện Tim", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, province.Id), founded)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Khoa Tim mạch", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded)).Organization!;
        var registry = services.GetRequiredService<MemberRegistry>();
        var ids = new List<Guid>();
        foreach (var name in new[] { "Đoàn Thị Mai", "Quách Văn Sơn" })
        {
            var (member, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1988, 3, 3), Gender.Female, cell.Id, new DateOnly(2012, 5, 19), new DateOnly(2013, 5, 19)));
            Assert.Empty(errors);
            ids.Add(member!.Id);
        }

        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, VietnameseDates.VietnamTime);
        var day = DateOnly.FromDateTime(now.DateTime);
        var later = TimeOnly.FromDateTime(now.DateTime).AddMinutes(90);
        var start = later < TimeOnly.FromDateTime(now.DateTime) ? new TimeOnly(23, 59) : later;
        var created = await services.GetRequiredService<MeetingScheduling>().CreateAsync(
            new NewMeeting(cell.Id, day, new TimeOnly(start.Hour, start.Minute), MeetingKind.Regular, null, "Đánh giá tháng\nNhiệm vụ tháng tới"));
        var posted = await services.GetRequiredService<MeetingDocuments>().PostAsync(
            created.Meeting!.Id, 0, $"Dự thảo nghị quyết chi bộ tháng {day.Month}/{day.Year}", "Đề nghị đảng viên nghiên cứu trước.");
        Assert.NotNull(posted.Meeting);
        return (cell, ids[0], created.Meeting.Id, day);
    }
}
