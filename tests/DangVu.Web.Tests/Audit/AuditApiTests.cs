using System.Net.Http.Json;
using DangVu.Core.Access;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Audit;

namespace DangVu.Web.Tests.Audit;

public sealed class AuditApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditLog_AfterSignInsAndChanges_ListsThemAndVerifiesIntact()
    {
        var account = await TestAccounts.CreateAsync(app.Factory, Role.Admin);
        using var admin = await SignedInClient.CreateAsync(app.Factory, account);

        var entries = await admin.GetFromJsonAsync<List<AuditEntryDto>>("/api/audit?take=50", Cancel);
        var verification = await admin.GetFromJsonAsync<AuditVerificationDto>("/api/audit/verify", Cancel);

        Assert.Contains(entries!, entry => entry.Action == "sign-in" && entry.EntityId == account.UserName);
        Assert.Contains(entries!, entry => entry.Action == "create" && entry.EntityType == "AppUser");
        Assert.True(verification!.Intact, verification.Message);
        Assert.True(verification.Checked >= entries!.Count);
    }
}
