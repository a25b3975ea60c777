using DangVu.TestCommon.Browser;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Shell;

public sealed class ShellTests(E2EFixture e2e)
{
    [Fact]
    public async Task LoginPage_RendersVietnameseInTheBundledFont()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress);

        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Công tác xây dựng Đảng", new() { Exact = true })).ToBeVisibleAsync();
        await page.EvaluateAsync("document.fonts.ready");
        var fontFamily = await page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" }).EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        var vietnameseFaceLoaded = await page.EvaluateAsync<bool>(
            "() => [...document.fonts].some(f => f.family.includes('Be Vietnam Pro') && f.status === 'loaded' && f.unicodeRange.includes('U+1EA0-1EF9'))");
        Assert.StartsWith("\"Be Vietnam Pro\"", fontFamily, StringComparison.Ordinal);
        Assert.True(vietnameseFaceLoaded, "The Vietnamese subset of the bundled font was not used to draw the page.");
        await SaveScreenshotAsync(page, "login-desktop.png");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PhoneWidth_NothingOverflows_AndTheMenuOpens()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, e2e.AdminState, BrowserSession.Phone);

        await page.GotoAsync("/quan-tri/tai-khoan");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản", Exact = true })).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than a 390px phone.");
        var auditLink = page.GetByRole(AriaRole.Link, new() { Name = "Nhật ký kiểm toán" });
        await Assertions.Expect(auditLink).ToBeHiddenAsync();
        await page.GetByText("Trình đơn").ClickAsync();
        await Assertions.Expect(auditLink).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "users-phone.png");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_CreatesAnAccount_SeesItsOneTimePasswordAndFindsIt()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, e2e.AdminState);
        await page.GotoAsync("/quan-tri/tai-khoan");

        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Văn Hòa");
        await page.GetByLabel("Tên đăng nhập").FillAsync("hoa.nv");
        await page.GetByLabel("Vai trò").SelectOptionAsync(new SelectOptionValue { Label = "Bí thư" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mật khẩu dùng một lần");
        await page.GetByLabel("Tìm theo tên").FillAsync("nguyen van hoa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Nguyễn Văn Hoà" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditPage_VerifyButton_ReportsAnIntactLog()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, e2e.AdminState);
        await page.GotoAsync("/quan-tri/nhat-ky");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra toàn vẹn" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nhật ký nguyên vẹn");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Đăng nhập", Exact = true }).First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Keeps what the browser drew, for a person to look at (artifacts/screenshots).</summary>
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
