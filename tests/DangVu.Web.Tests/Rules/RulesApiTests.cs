using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DangVu.Core.Access;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Rules;

namespace DangVu.Web.Tests.Rules;

public sealed class RulesApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetRules_EitherSideOf1July2025_GivesEachSetWithItsSources()
    {
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        var before = await member.GetFromJsonAsync<RuleSetDto>("/api/rules?on=2025-06-30", Cancel);
        var after = await member.GetFromJsonAsync<RuleSetDto>("/api/rules?on=2025-07-01", Cancel);

        Assert.Equal("quy-dinh-124-2023", before!.Id);
        Assert.Equal("quy-dinh-294-2025", after!.Id);
        Assert.Equal(new DateOnly(2025, 7, 1), after.ValidFrom);
        var vote = after.Values.Single(value => value.Key == "cellVote");
        Assert.Equal("Quy định 294-QĐ/TW", vote.Source.Document);
        Assert.Equal(new DateOnly(2025, 5, 26), vote.Source.Date);
        Assert.True(vote.Source.IsConfirmed);
        var share = (JsonElement)vote.Value!;
        Assert.Equal(2, share.GetProperty("numerator").GetInt32());
        Assert.Equal(3, share.GetProperty("denominator").GetInt32());
        var certificate = after.Values.Single(value => value.Key == "awarenessCertificateMonths");
        Assert.False(certificate.Source.IsConfirmed);
        Assert.Equal(60, ((JsonElement)certificate.Value!).GetInt32());
    }

    [Fact]
    public async Task GetRules_WithoutADate_GivesTodaysSet()
    {
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        var today = await member.GetFromJsonAsync<RuleSetDto>("/api/rules", Cancel);

        Assert.Null(today!.ValidTo);
        Assert.Equal(DangVu.Core.Rules.RuleTopics.All.Count, today.Values.Count);
    }

    [Theory]
    [InlineData("2025-13-45", "không phải là một ngày")]
    [InlineData("hôm qua", "không phải là một ngày")]
    [InlineData("2000-01-01", "DangVu chỉ có quy định từ ngày 25/04/2006")]
    public async Task GetRules_BadDate_IsAVietnameseProblem(string on, string message)
    {
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        using var response = await member.GetAsync($"/api/rules?on={Uri.EscapeDataString(on)}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("Ngày không hợp lệ.", problem.GetProperty("title").GetString());
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("on")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRules_Anonymous_IsRefused()
    {
        using var anonymous = SignedInClient.Anonymous(app.Factory);

        using var response = await anonymous.GetAsync("/api/rules?on=2025-07-01", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RulesPage_AnySignedInUser_SeesEverySetWithSourcesAndTheMenuLink()
    {
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        var page = await member.GetStringAsync("/quy-dinh?ngay=2008-05-22", Cancel);

        Assert.Contains("<h1>Quy định theo thời kỳ</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/quy-dinh\">Quy định</a>", page, StringComparison.Ordinal);
        Assert.Contains("Điều lệ Đảng khoá X", page, StringComparison.Ordinal);
        Assert.Contains("Quy định 294-QĐ/TW ngày 26/05/2025", page, StringComparison.Ordinal);
        Assert.Contains("chưa xác nhận", page, StringComparison.Ordinal);
        Assert.Contains("đã xác nhận", page, StringComparison.Ordinal);
        Assert.Contains("Ít nhất 2/3 số đảng viên chính thức tán thành", page, StringComparison.Ordinal);
        // The set of the chosen date is the one open.
        Assert.Contains("<details class=\"card rule-set\" id=\"chi-thi-10-2007\" open=\"open\">", page, StringComparison.Ordinal);
        Assert.Contains("<details class=\"card rule-set\" id=\"quy-dinh-294-2025\">", page, StringComparison.Ordinal);
        // The holiday calendar, with Tết 2025 and its status.
        Assert.Contains("25/01/2025 – 02/02/2025", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesPage_DateBeforeAnyRules_ExplainsAndShowsToday()
    {
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        var page = await member.GetStringAsync("/quy-dinh?ngay=1990-01-01", Cancel);

        Assert.Contains("chưa có quy định cho ngày 01/01/1990", page, StringComparison.Ordinal);
        Assert.Contains("id=\"quy-dinh-366-2025\" open=\"open\"", page, StringComparison.Ordinal);
    }
}
