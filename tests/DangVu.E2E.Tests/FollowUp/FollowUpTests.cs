using System.Text;
using DangVu.Core.Access;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.FollowUp;
using DangVu.TestCommon.Web;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.FollowUp;

public sealed class FollowUpTests(E2EFixture e2e)
{
    private const string Suffix = " (theo dõi)";

    [Fact]
    public async Task FollowUp_OfficeMakesTheNoticesTasks_GivesTaskFiveToTheInspectionCommission_TheSecretaryReportsWithAFile_TheDashboardChanges()
    {
        // The app is shared with the register's test, which registers the notice too: this world's copy names its own issuer.
        var world = await FollowUpWorld.CreateAsync(e2e.App.Services, Suffix, registerSeed: false);
        var officeAccount = await TestAccounts.CreateAsync(e2e.App, Role.Office, world.Province.Path);
        var secretaryAccount = await TestAccounts.CreateAsync(e2e.App, Role.Secretary, world.Inspection.Path);
        var office = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(office, officeAccount.UserName, officeAccount.Password);

        await office.GotoAsync("/van-ban/tai-len");
        await office.GetByLabel("Tệp văn bản").SetInputFilesAsync(new FilePayload
        {
            Name = "509-TB-TU.txt",
            MimeType = "text/plain",
            Buffer = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Documents", "509-TB-TU.txt"), TestContext.Current.CancellationToken),
        });
        await office.GetByRole(AriaRole.Button, new() { Name = "Đọc và xem trước" }).ClickAsync();
        await office.GetByLabel("Cơ quan ban hành", new() { Exact = true }).FillAsync("TỈNH ỦY BÌNH THUẬN" + Suffix.ToUpperInvariant());
        await office.GetByLabel("Lưu vào sổ của").SelectOptionAsync(new SelectOptionValue { Label = world.Province.Name });
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu vào sổ" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã đăng ký văn bản vào sổ.")).ToBeVisibleAsync();

        await office.GotoAsync("/");
        await office.GetByText("Trình đơn").ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "Theo dõi nhiệm vụ", Exact = true }).ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "Tạo nhiệm vụ từ văn bản" }).ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "509-TB/TU" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Hạn đọc được: 31/12/2008 (“thời gian còn lại của năm 2008”)").First).ToBeVisibleAsync();
        await office.GetByLabel("Đơn vị chủ trì", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = world.Bloc.Name });
        await office.GetByRole(AriaRole.Button, new() { Name = "Tạo nhiệm vụ" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã tạo 8 nhiệm vụ.")).ToBeVisibleAsync();
        await AssertFitsAsync(office, "document");

        await office.GetByRole(AriaRole.Link, new() { Name = "Tăng cường công tác kiểm tra, giám sát" }).First.ClickAsync();
        await office.GetByLabel("Đơn vị chủ trì", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = world.Inspection.Name });
        await office.GetByLabel("Loại thời hạn").SelectOptionAsync(new SelectOptionValue { Label = "Có hạn cụ thể" });
        await office.GetByLabel("Hạn hoàn thành", new() { Exact = true }).FillAsync("30/09/2008");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu giao việc" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã lưu phần giao việc.")).ToBeVisibleAsync();
        var taskPath = new Uri(office.Url).AbsolutePath;
        await AssertFitsAsync(office, "task");

        await office.GotoAsync("/theo-doi?ngay=15/10/2008");
        await Assertions.Expect(office.Locator("#state-overdue")).ToHaveTextAsync("1 quá hạn");
        await Assertions.Expect(office.Locator("#state-donelate")).ToHaveTextAsync("0 hoàn thành trễ hạn");
        await Assertions.Expect(office.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "quá hạn 15 ngày" })).ToBeVisibleAsync();

        var secretary = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(secretary, secretaryAccount.UserName, secretaryAccount.Password);
        await secretary.GotoAsync(taskPath);
        await secretary.GetByLabel("Ngày báo cáo").FillAsync("04/10/2008");
        await secretary.GetByLabel("Tình trạng thực hiện").SelectOptionAsync(new SelectOptionValue { Label = "Đã hoàn thành" });
        await secretary.GetByLabel("Nội dung báo cáo").FillAsync("Đã kiểm tra 6 tổ chức đảng trực thuộc; giải quyết xong 2 đơn thư.");
        await secretary.GetByLabel("Tệp minh chứng").SetInputFilesAsync(new FilePayload
        {
            Name = "bien-ban-kiem-tra.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.UTF8.GetBytes("%PDF-1.4 Biên bản kiểm tra"),
        });
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(secretary.GetByText("Đã ghi báo cáo.")).ToBeVisibleAsync();
        await Assertions.Expect(secretary.GetByRole(AriaRole.Link, new() { Name = "bien-ban-kiem-tra.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(secretary.Locator("#state")).ToHaveTextAsync("Hoàn thành trễ hạn");
        await AssertFitsAsync(secretary, "task after report");

        await office.ReloadAsync();
        await Assertions.Expect(office.Locator("#state-overdue")).ToHaveTextAsync("0 quá hạn");
        await Assertions.Expect(office.Locator("#state-donelate")).ToHaveTextAsync("1 hoàn thành trễ hạn");
        await AssertFitsAsync(office, "dashboard");
        await office.Context.CloseAsync();
        await secretary.Context.CloseAsync();
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The follow-up {what} page is {overflow}px wider than a 390px phone.");
    }
}
