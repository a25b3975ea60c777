using System.Net;
using System.Net.Http.Json;
using DangVu.Core.Access;
using DangVu.Data;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Members;

public sealed class MembersApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_OfOneOrganization_FindsOnlyItsMembers_AndSeesIdentityNumbersMasked()
    {
        var (hospital, school, nurse, teacher) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "Sec");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var found = await secretary.GetFromJsonAsync<List<MemberSummaryDto>>("/api/members?q=nguyen", Cancel);
        var own = await secretary.GetFromJsonAsync<MemberDetailDto>($"/api/members/{nurse.Id}", Cancel);
        var other = await secretary.GetAsync($"/api/members/{teacher.Id}", Cancel);
        var underOther = await secretary.GetAsync($"/api/members?under={school.Id}", Cancel);
        var reveal = await secretary.PostAsync($"/api/members/{nurse.Id}/identity", null, Cancel);

        Assert.Equal([nurse.Id], found!.Select(m => m.Id));
        Assert.Equal("••••••••5678", own!.CitizenId);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, underOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reveal.StatusCode);
        var home = await secretary.GetStringAsync("/", Cancel);
        Assert.Contains("<strong>1</strong> đảng viên", home, StringComparison.Ordinal);
        Assert.Contains("Bí thư — Chi bộ Bệnh viện Sec", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspection_RevealsIdentityNumbers_AndTheViewIsAudited()
    {
        var (_, _, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "Ins");
        var inspector = await TestAccounts.CreateAsync(app.Factory, Role.Inspection);
        using var client = await SignedInClient.CreateAsync(app.Factory, inspector);

        var revealed = await client.PostAsync($"/api/members/{nurse.Id}/identity", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal(nurse.CitizenId, (await revealed.Content.ReadFromJsonAsync<MemberDetailDto>(Cancel))!.CitizenId);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().AuditEntries
            .AnyAsync(e => e.Action == "view-confidential" && e.EntityId == nurse.Id.ToString() && e.Actor == inspector.UserName, Cancel);
        Assert.True(logged, "The view of identity numbers was not written to the audit log.");
    }

    [Fact]
    public async Task Secretary_RecordsEventsInOwnSubtree_ButCannotMoveAMemberOutOfIt()
    {
        var (hospital, school, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "Evt");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var exempted = await secretary.PostAsJsonAsync($"/api/members/{nurse.Id}/events", new { kind = "Exempted", on = "2020-01-01", version = 0 }, Cancel);
        var outward = await secretary.PostAsJsonAsync($"/api/members/{nurse.Id}/events",
            new { kind = "Reassigned", on = "2021-01-01", organization = school.Id, version = 1 }, Cancel);
        var impossible = await secretary.PostAsJsonAsync($"/api/members/{nurse.Id}/events", new { kind = "RecognizedOfficial", on = "2021-01-01", version = 1 }, Cancel);

        Assert.Equal(HttpStatusCode.OK, exempted.StatusCode);
        Assert.Equal("Miễn sinh hoạt", (await exempted.Content.ReadFromJsonAsync<MemberDetailDto>(Cancel))!.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outward.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Contains("Chỉ đảng viên dự bị mới được công nhận chính thức.", await impossible.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainMember_CannotListMembers()
    {
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member));

        var response = await member.GetAsync("/api/members?q=a", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
