using DangVu.Core.Access;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.Web;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(DangVu.E2E.Tests.E2EFixture))]

namespace DangVu.E2E.Tests;

/// <summary>
/// The real app on a real port, on PostgreSQL, and one Chromium for every browser test. An administrator
/// signs in once; tests that need one reuse the saved cookies.
/// </summary>
public sealed class E2EFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public DangVuAppFactory App { get; private set; } = null!;

    public BrowserSession Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string AdminOneTimePassword { get; private set; } = string.Empty;

    /// <summary>Cookies of a signed-in administrator, as Playwright storage state (JSON).</summary>
    public string AdminState { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, migrate: false);
        App = new DangVuAppFactory(_database, realServer: true);
        AdminOneTimePassword = App.StartAndGetAdminPassword();
        BaseAddress = App.ServerAddress;
        Browser = await BrowserSession.LaunchAsync();

        var admin = await TestAccounts.CreateAsync(App, Role.Admin);
        var page = await Browser.NewPageAsync(BaseAddress);
        await SignInAsync(page, admin.UserName, admin.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào" })).ToBeVisibleAsync();
        AdminState = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Fills the login form by its labels, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
