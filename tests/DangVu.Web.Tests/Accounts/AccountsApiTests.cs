using System.Net;
using System.Net.Http.Json;
using DangVu.Core.Access;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Accounts;

namespace DangVu.Web.Tests.Accounts;

public sealed class AccountsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateUser_AsAdmin_ReturnsOneTimePasswordThatMustBeChanged()
    {
        using var admin = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Admin));

        var response = await admin.PostAsJsonAsync("/api/users", new { userName = "bithu.cb1", fullName = "Nguyễn Văn Hòa", role = "Secretary" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CreatedUserDto>(Cancel);
        using var owner = SignedInClient.Anonymous(app.Factory);
        var signIn = await SignedInClient.PostFormAsync(owner, "/dang-nhap", new()
        {
            ["Input.UserName"] = "bithu.cb1",
            ["Input.Password"] = created!.OneTimePassword,
        });
        Assert.Equal("/doi-mat-khau", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ListUsers_FoldedQuery_FindsBothTonePlacementsInNameOrder()
    {
        using var admin = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Admin));
        foreach (var (userName, fullName) in new[] { ("thuy.a", "Trần Văn Thuỵ"), ("thuy.b", "Lê Thị Thụy"), ("thu.c", "Nguyễn Thu") })
        {
            var created = await admin.PostAsJsonAsync("/api/users", new { userName, fullName, role = "Member" }, Cancel);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var found = await admin.GetFromJsonAsync<List<UserDto>>("/api/users?q=thuy", Cancel);

        // Both spellings are stored in one canonical form (thuỵ) and ordered by given name, then family name.
        Assert.Equal(["Lê Thị Thuỵ", "Trần Văn Thuỵ"], found!.Select(user => user.FullName));
    }

    [Theory]
    [InlineData("", "Nguyễn Văn A", "Hãy nhập tên đăng nhập.")]
    [InlineData("có dấu", "Nguyễn Văn A", "chỉ được gồm chữ không dấu")]
    [InlineData("dai", "", "Hãy nhập họ và tên.")]
    public async Task CreateUser_BadInput_ExplainsInVietnamese(string userName, string fullName, string message)
    {
        using var admin = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Admin));

        var response = await admin.PostAsJsonAsync("/api/users", new { userName, fullName, role = "Member" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_OverlongName_IsRefusedAndNothingIsStored()
    {
        using var admin = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Admin));

        var response = await admin.PostAsJsonAsync("/api/users", new { userName = "qua.dai", fullName = new string('Đ', 201), role = "Member" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var found = await admin.GetFromJsonAsync<List<UserDto>>("/api/users?q=qua.dai", Cancel);
        Assert.Empty(found!);
    }
}
