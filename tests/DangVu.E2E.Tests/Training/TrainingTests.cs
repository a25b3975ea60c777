using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Training;

public sealed class TrainingTests(E2EFixture e2e)
{
    private const string Topic = "Nghị quyết Hội nghị Trung ương 6 khoá X (thử nghiệm)";

    [Fact]
    public async Task Training_OfficerOnAPhone_OpensAClassEnrolsAttendsCertifies_AndCompletionShowsWhoHasNotStudied()
    {
        var committee = await CommitteeWithMembersAsync();
        var officer = await TestAccounts.CreateAsync(e2e.App, Role.Secretary, committee.Path);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, officer.UserName, officer.Password);

        await page.GotoAsync("/");
        await page.GetByText("Trình đơn").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Học tập", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mở lớp mới" }).ClickAsync();
        await page.GetByLabel("Loại lớp").SelectOptionAsync(new SelectOptionValue { Label = "Học tập, quán triệt nghị quyết" });
        await page.GetByLabel("Tên lớp").FillAsync("Học tập Nghị quyết Trung ương 6 — Đảng bộ Bệnh viện Y");
        await page.GetByLabel("Nghị quyết, chủ đề học tập").FillAsync(Topic);
        await page.GetByLabel("Tổ chức mở lớp").SelectOptionAsync(new SelectOptionValue { Label = "Đảng bộ Bệnh viện Y" });
        await page.GetByLabel("Ngày khai giảng").FillAsync("10/06/2024");
        await page.GetByLabel("Ngày kết thúc").FillAsync("12/06/2024");
        await page.GetByLabel("Các buổi học").FillAsync("10/06/2024 Chuyên đề 1: Kinh tế thị trường\n12/06/2024 Chuyên đề 2: Tổ chức cơ sở đảng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở lớp" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã mở lớp.")).ToBeVisibleAsync();

        await page.GetByLabel("Chi bộ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Chi bộ Khoa Y1" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem danh sách" }).ClickAsync();
        await page.GetByLabel("Đoàn Văn Chăm").CheckAsync();
        await page.GetByLabel("Đoàn Thị Chỉ").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi danh" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã ghi danh.")).ToBeVisibleAsync();

        await page.GetByText("Điểm danh buổi 10/06/2024").ClickAsync();
        var first = page.Locator("details.attendance").First;
        await first.GetByLabel("Đoàn Văn Chăm có mặt").CheckAsync();
        await first.GetByLabel("Lý do vắng của Đoàn Thị Chỉ").FillAsync("Trực cấp cứu");
        await first.GetByRole(AriaRole.Button, new() { Name = "Ghi điểm danh" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã điểm danh.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("có mặt 1/2")).ToBeVisibleAsync();

        // A certificate dated before the class ended is refused in Vietnamese beside the form.
        await page.GetByLabel("Kết quả của Đoàn Văn Chăm").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành" });
        await page.GetByLabel("Số giấy chứng nhận của Đoàn Văn Chăm").FillAsync("01/GCN-ĐU");
        await page.GetByLabel("Ngày cấp giấy chứng nhận của Đoàn Văn Chăm").FillAsync("11/06/2024");
        await page.GetByLabel("Kết quả của Đoàn Thị Chỉ").SelectOptionAsync(new SelectOptionValue { Label = "Không đạt" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("chỉ cấp khi lớp đã kết thúc");
        await page.GetByLabel("Kết quả của Đoàn Văn Chăm").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành" });
        await page.GetByLabel("Số giấy chứng nhận của Đoàn Văn Chăm").FillAsync("01/GCN-ĐU");
        await page.GetByLabel("Ngày cấp giấy chứng nhận của Đoàn Văn Chăm").FillAsync("14/06/2024");
        await page.GetByLabel("Kết quả của Đoàn Thị Chỉ").SelectOptionAsync(new SelectOptionValue { Label = "Không đạt" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã ghi kết quả và giấy chứng nhận.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Số 01/GCN-ĐU, cấp ngày 14/06/2024")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "class");

        await page.GotoAsync($"/hoc-tap/hoan-thanh?to-chuc={committee.Id}");
        await page.GetByLabel("Nghị quyết", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Topic });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Assertions.Expect(page.Locator("#required")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("#completed")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#missing")).ToHaveTextAsync("3");
        var missing = page.Locator("#missing-list");
        await Assertions.Expect(missing).ToContainTextAsync("Đoàn Thị Chỉ");
        await Assertions.Expect(missing).ToContainTextAsync("Đoàn Văn Chưa");
        await Assertions.Expect(missing).ToContainTextAsync("Đoàn Thị Khác");
        await Assertions.Expect(missing).Not.ToContainTextAsync("Đoàn Văn Chăm");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Chi bộ Khoa Y1: 1 trên 3" })).ToBeVisibleAsync();
        await AssertFitsAsync(page, "completion");
        await page.Context.CloseAsync();
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The {what} page is {overflow}px wider than a 390px phone.");
    }

    private async Task<PartyOrganization> CommitteeWithMembersAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Học tập", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng bộ Bệnh viện Y", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, province.Id), founded)).Organization!;
        var y1 = (await restructuring.CreateAsync(new("Chi bộ Khoa Y1", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded)).Organization!;
        var y2 = (await restructuring.CreateAsync(new("Chi bộ Khoa Y2", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded)).Organization!;
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        foreach (var (name, cell) in new[] { ("Đoàn Văn Chăm", y1), ("Đoàn Thị Chỉ", y1), ("Đoàn Văn Chưa", y1), ("Đoàn Thị Khác", y2) })
        {
            var (_, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1980, 5, 5), Gender.Male, cell.Id, new DateOnly(2010, 5, 19), new DateOnly(2011, 5, 19)));
            Assert.Empty(errors);
        }

        return committee;
    }
}
