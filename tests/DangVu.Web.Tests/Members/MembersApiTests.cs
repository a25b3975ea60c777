using System.Net;
using System.Net.Http.Json;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
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
        var (hospital, school, nurse, teacher) = await TwoOrganizationsAsync("Sec");
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
        var (_, _, nurse, _) = await TwoOrganizationsAsync("Ins");
        var inspector = await TestAccounts.CreateAsync(app.Factory, Role.Inspection);
        using var client = await SignedInClient.CreateAsync(app.Factory, inspector);

        var revealed = await client.PostAsync($"/api/members/{nurse.Id}/identity", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal("060012345678", (await revealed.Content.ReadFromJsonAsync<MemberDetailDto>(Cancel))!.CitizenId);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().AuditEntries
            .AnyAsync(e => e.Action == "view-confidential" && e.EntityId == nurse.Id.ToString() && e.Actor == inspector.UserName, Cancel);
        Assert.True(logged, "The view of identity numbers was not written to the audit log.");
    }

    [Fact]
    public async Task Secretary_RecordsEventsInOwnSubtree_ButCannotMoveAMemberOutOfIt()
    {
        var (hospital, school, nurse, _) = await TwoOrganizationsAsync("Evt");
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

    private async Task<(PartyOrganization Hospital, PartyOrganization School, PartyMember Nurse, PartyMember Teacher)> TwoOrganizationsAsync(string tag)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ {tag}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var hospital = (await restructuring.CreateAsync(new($"Chi bộ Bệnh viện {tag}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        var school = (await restructuring.CreateAsync(new($"Chi bộ Trường {tag}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        var nurse = (await registry.AddAsync(new NewMember($"Nguyễn Thị Y Tá {tag}", new DateOnly(1990, 2, 3), Gender.Female, hospital.Id,
            new DateOnly(2015, 5, 19), new DateOnly(2016, 5, 19), Sector.Health, $"N{tag}01", "060012345678"), cancellationToken: Cancel)).Member!;
        var teacher = (await registry.AddAsync(new NewMember($"Nguyễn Văn Giáo {tag}", new DateOnly(1985, 9, 5), Gender.Male, school.Id,
            new DateOnly(2010, 3, 26), new DateOnly(2011, 3, 26), Sector.Education, $"T{tag}01", "060087654321"), cancellationToken: Cancel)).Member!;
        return (hospital, school, nurse, teacher);
    }
}
