using System.Text.RegularExpressions;
using DangVu.Core.Access;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Accounts;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Accounts;

public sealed partial class FirstRunTests(E2EFixture e2e)
{
    [Fact]
    public async Task PrintedAdminPassword_SignsIn_ForcesAChange_ThenOpensTheApp()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress);

        await E2EFixture.SignInAsync(page, AccountService.FirstAdminUserName, e2e.AdminOneTimePassword);
        await Assertions.Expect(page).ToHaveURLAsync(ChangePasswordUrl());
        await Assertions.Expect(page.GetByText("Bạn đang dùng mật khẩu một lần")).ToBeVisibleAsync();
        await page.GotoAsync("/quan-tri/tai-khoan");
        await Assertions.Expect(page).ToHaveURLAsync(ChangePasswordUrl());

        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(e2e.AdminOneTimePassword);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Bi-Thu-Chi-Bo-2026");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Bi-Thu-Chi-Bo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Quản trị hệ thống" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tài khoản" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        var account = await TestAccounts.CreateAsync(e2e.App, Role.Member);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress);

        for (var attempt = 1; attempt <= AccountRules.MaxFailedSignIns; attempt++)
        {
            await E2EFixture.SignInAsync(page, account.UserName, $"Sai-Mat-Khau-{attempt}");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        await E2EFixture.SignInAsync(page, account.UserName, account.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("đang bị khoá");
        await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/doi-mat-khau$")]
    private static partial Regex ChangePasswordUrl();

    [GeneratedRegex("/dang-nhap")]
    private static partial Regex LoginUrl();
}
