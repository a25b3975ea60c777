using System.Net;
using System.Net.Http.Json;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Statistics;

public sealed class StatisticsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_OfOneOrganization_GetsItsStatisticsOnly()
    {
        var (province, hospital, school) = await TwoOrganizationsAsync("Sec");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var own = await secretary.GetFromJsonAsync<MemberStatisticsDto>($"/api/statistics/members?organizationId={hospital.Id}&asOf=2025-06-01", Cancel);
        var reach = await secretary.GetFromJsonAsync<MemberStatisticsDto>("/api/statistics/members", Cancel);
        var other = await secretary.GetAsync($"/api/statistics/members?organizationId={school.Id}", Cancel);
        var above = await secretary.GetAsync($"/api/statistics/members?organizationId={province.Id}", Cancel);
        var unknown = await secretary.GetAsync($"/api/statistics/members?organizationId={Guid.NewGuid()}", Cancel);

        Assert.Equal(2, own!.OnRolls);
        Assert.Equal(hospital.Name, own.Scope);
        Assert.Equal(2, Item(own, "gender", "Female"));
        Assert.Equal(1, Item(own, "age", "Từ 31 đến 40 tuổi"));
        Assert.Equal(1, Item(own, "age", "Từ 51 đến 60 tuổi"));
        Assert.Equal(2, Item(own, "sector", "Health"));
        Assert.Equal(2, reach!.OnRolls);
        Assert.Equal("Toàn bộ phạm vi được giao", reach.Scope);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, above.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Office_OverTheWholeTree_GetsAnyProvince()
    {
        var (province, _, _) = await TwoOrganizationsAsync("Off");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));

        var statistics = await office.GetFromJsonAsync<MemberStatisticsDto>($"/api/statistics/members?organizationId={province.Id}", Cancel);

        Assert.Equal(3, statistics!.OnRolls);
        Assert.Equal(1, Item(statistics, "gender", "Male"));
        Assert.Equal(3, Item(statistics, "status", "Official"));
    }

    [Fact]
    public async Task PlainMember_IsRefused()
    {
        var (_, hospital, _) = await TwoOrganizationsAsync("Mem");
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, hospital.Path));

        var api = await member.GetAsync($"/api/statistics/members?organizationId={hospital.Id}", Cancel);
        var page = await member.GetAsync("/thong-ke", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("/khong-du-quyen", page.RequestMessage!.RequestUri!.AbsolutePath + page.Headers.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatisticsPage_ShowsChartsForTheReach_AndNothingOutsideIt()
    {
        var (_, hospital, school) = await TwoOrganizationsAsync("Pag");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var page = await secretary.GetStringAsync($"/thong-ke?to-chuc={hospital.Id}&ngay=2025-06-01", Cancel);
        var outside = await secretary.GetAsync($"/thong-ke?to-chuc={school.Id}", Cancel);

        Assert.Contains("Thống kê đảng viên", page, StringComparison.Ordinal);
        Assert.Contains("Theo giới tính", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"bar\"", page, StringComparison.Ordinal);
        Assert.Contains("Y tế", page, StringComparison.Ordinal);
        Assert.DoesNotContain(school.Name, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    private static int Item(MemberStatisticsDto statistics, string dimension, string value) =>
        statistics.Breakdowns.Single(b => b.Dimension == dimension).Items.SingleOrDefault(i => i.Value == value)?.Count ?? 0;

    private async Task<(PartyOrganization Province, PartyOrganization Hospital, PartyOrganization School)> TwoOrganizationsAsync(string tag)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ TK {tag}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var hospital = (await restructuring.CreateAsync(new($"Chi bộ Bệnh viện TK {tag}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        var school = (await restructuring.CreateAsync(new($"Chi bộ Trường TK {tag}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        await registry.AddAsync(new NewMember($"Nguyễn Thị Y Tá {tag}", new DateOnly(1990, 2, 3), Gender.Female, hospital.Id,
            new DateOnly(2015, 5, 19), new DateOnly(2016, 5, 19), Sector.Health), cancellationToken: Cancel);
        await registry.AddAsync(new NewMember($"Trần Thị Bác Sĩ {tag}", new DateOnly(1970, 7, 1), Gender.Female, hospital.Id,
            new DateOnly(2000, 5, 19), new DateOnly(2001, 5, 19), Sector.Health), cancellationToken: Cancel);
        await registry.AddAsync(new NewMember($"Nguyễn Văn Giáo {tag}", new DateOnly(1985, 9, 5), Gender.Male, school.Id,
            new DateOnly(2010, 3, 26), new DateOnly(2011, 3, 26), Sector.Education), cancellationToken: Cancel);
        return (province, hospital, school);
    }
}
