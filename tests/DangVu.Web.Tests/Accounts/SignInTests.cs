using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DangVu.Core.Access;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Accounts;

namespace DangVu.Web.Tests.Accounts;

public sealed partial class SignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstAdmin_OneTimePassword_MustBeChangedBeforeAnythingElse()
    {
        using var client = SignedInClient.Anonymous(app.Factory);

        var signIn = await SignedInClient.PostFormAsync(client, "/dang-nhap", new()
        {
            ["Input.UserName"] = AccountService.FirstAdminUserName,
            ["Input.Password"] = app.AdminOneTimePassword,
        });
        Assert.Equal("/doi-mat-khau", signIn.Headers.Location?.OriginalString);
        Assert.Equal("/doi-mat-khau", (await client.GetAsync("/quan-tri/tai-khoan", Cancel)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/me", Cancel)).StatusCode);

        var weak = await SignedInClient.PostFormAsync(client, "/doi-mat-khau", new()
        {
            ["Input.CurrentPassword"] = app.AdminOneTimePassword,
            ["Input.NewPassword"] = "ngan",
            ["Input.ConfirmPassword"] = "ngan",
        });
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự", await weak.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var changed = await SignedInClient.PostFormAsync(client, "/doi-mat-khau", new()
        {
            ["Input.CurrentPassword"] = app.AdminOneTimePassword,
            ["Input.NewPassword"] = "Quan-Tri-Vien-2026",
            ["Input.ConfirmPassword"] = "Quan-Tri-Vien-2026",
        });
        Assert.Equal("/", changed.Headers.Location?.OriginalString);
        var me = await client.GetFromJsonAsync<MeDto>("/api/me", Cancel);
        Assert.Equal(Role.Admin, Assert.Single(me!.Grants).Role);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountUntilAnAdminUnlocksIt()
    {
        var account = await TestAccounts.CreateAsync(app.Factory, Role.Secretary);
        using var client = SignedInClient.Anonymous(app.Factory);

        for (var attempt = 0; attempt < AccountRules.MaxFailedSignIns; attempt++)
        {
            var wrong = await SignedInClient.PostFormAsync(client, "/dang-nhap", new()
            {
                ["Input.UserName"] = account.UserName,
                ["Input.Password"] = $"Sai-mat-khau-{attempt}",
            });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await SignedInClient.PostFormAsync(client, "/dang-nhap", new()
        {
            ["Input.UserName"] = account.UserName,
            ["Input.Password"] = account.Password,
        });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("đang bị khoá", await right.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", Cancel)).StatusCode);

        using var admin = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Admin));
        var users = await admin.GetStringAsync("/quan-tri/tai-khoan", Cancel);
        var userId = UnlockButton().Match(users);
        Assert.True(userId.Success, "The accounts page offers no unlock for the locked account.");
        var unlocked = await SignedInClient.PostFormAsync(admin, $"/quan-tri/tai-khoan?handler=Unlock&id={userId.Groups[1].Value}", new());
        Assert.Contains("Đã mở khoá tài khoản.", await unlocked.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var again = await SignedInClient.PostFormAsync(client, "/dang-nhap", new()
        {
            ["Input.UserName"] = account.UserName,
            ["Input.Password"] = account.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutCsrfToken_IsRejected()
    {
        var account = await TestAccounts.CreateAsync(app.Factory, Role.Office);
        using var client = SignedInClient.Anonymous(app.Factory);

        var forged = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = account.UserName,
            ["Input.Password"] = account.Password,
        }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await forged.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me", Cancel)).StatusCode);

        var response = await SignedInClient.PostFormAsync(client, "/dang-xuat", new());

        Assert.Equal("/dang-nhap", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", Cancel)).StatusCode);
    }

    [GeneratedRegex(@"\?id=([0-9a-f-]{36})&amp;handler=Unlock")]
    private static partial Regex UnlockButton();
}
