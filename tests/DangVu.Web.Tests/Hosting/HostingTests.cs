using System.Net;
using DangVu.Core.Access;
using DangVu.Data.Members;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Hosting;

public sealed class HostingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_Anonymous_ReportsHealthyDatabase()
    {
        using var client = SignedInClient.Anonymous(app.Factory);

        var response = await client.GetAsync("/health", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Start_ReadsTheMemberNameIndexInTheBackground()
    {
        using var client = SignedInClient.Anonymous(app.Factory);
        await client.GetAsync("/health", Cancel);
        var index = app.Factory.Services.GetRequiredService<MemberNameIndex>();

        // Started, not awaited, by the host; this call joins the read in progress, or reads again if it is done.
        Assert.True(index.HasStarted);
        await index.StartAsync();

        Assert.True(index.IsReady);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_GetsAVietnameseNotFoundPage()
    {
        using var client = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        var response = await client.GetAsync("/khong-co-trang-nay", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_SignedIn_DescribesTheApiAndHasAReferencePage()
    {
        using var client = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        var document = await client.GetStringAsync("/openapi/v1.json", Cancel);
        var reference = await client.GetAsync("/api/docs/", Cancel);

        Assert.Contains("\"/api/me\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/users\"", document, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task LoginPage_Html_IsVietnameseWithSecurityHeadersAndOwnFont()
    {
        using var client = SignedInClient.Anonymous(app.Factory);

        var response = await client.GetAsync("/dang-nhap", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        var fonts = await client.GetStringAsync("/css/fonts.css", Cancel);

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Đăng nhập — DangVu</title>", html, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("be-vietnam-pro-vietnamese-400-normal.woff2", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain("http", fonts.Replace("https://", string.Empty, StringComparison.Ordinal)
            .Split('\n').Where(line => line.Contains("src:", StringComparison.Ordinal)).Aggregate(string.Empty, string.Concat), StringComparison.Ordinal);
    }
}
