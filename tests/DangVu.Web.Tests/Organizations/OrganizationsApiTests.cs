using System.Net;
using System.Net.Http.Json;
using DangVu.Core.Access;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Organizations;

namespace DangVu.Web.Tests.Organizations;

public sealed class OrganizationsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_OfOneOrganization_SeesAndChangesNothingOutsideIt()
    {
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var province = await CreateAsync(office, "Tỉnh uỷ Thử nghiệm", "ProvincialCommittee", null);
        var hospital = await CreateAsync(office, "Đảng bộ Bệnh viện Thử nghiệm", "GrassrootsCommittee", province.Id);
        var ward = await CreateAsync(office, "Chi bộ Khoa Nhi", "Cell", hospital.Id);
        var school = await CreateAsync(office, "Đảng bộ Trường Thử nghiệm", "GrassrootsCommittee", province.Id);
        var hospitalPath = (await app.Factory.Services.GetOrganizationPathAsync(hospital.Id))!;
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospitalPath));

        var visible = await secretary.GetFromJsonAsync<List<OrganizationDto>>("/api/organizations", Cancel);
        var outside = await secretary.GetAsync($"/api/organizations/{school.Id}", Cancel);
        var renameOutside = await secretary.PostAsJsonAsync($"/api/organizations/{school.Id}/rename",
            new { name = "Tên lạ", version = school.Version, effectiveOn = "2026-01-01" }, Cancel);
        var renameInside = await secretary.PostAsJsonAsync($"/api/organizations/{ward.Id}/rename",
            new { name = "Chi bộ Khoa Nhi mới", version = ward.Version, effectiveOn = "2026-01-01" }, Cancel);

        Assert.Equal(["Đảng bộ Bệnh viện Thử nghiệm", "Chi bộ Khoa Nhi"], visible!.Select(o => o.Name));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        // Restructuring needs the Office role, which a secretary holds nowhere: refused before anything is looked up.
        Assert.Equal(HttpStatusCode.Forbidden, renameOutside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, renameInside.StatusCode);
    }

    [Fact]
    public async Task Office_OfOneBranch_CannotMoveAnOrganizationIntoAnotherBranch()
    {
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var province = await CreateAsync(office, "Tỉnh uỷ Phạm vi", "ProvincialCommittee", null);
        var blocA = await CreateAsync(office, "Đảng uỷ khối Phạm vi A", "BlocCommittee", province.Id);
        var blocB = await CreateAsync(office, "Đảng uỷ khối Phạm vi B", "BlocCommittee", province.Id);
        var unit = await CreateAsync(office, "Đảng bộ Sở Phạm vi", "GrassrootsCommittee", blocA.Id);
        var blocAPath = (await app.Factory.Services.GetOrganizationPathAsync(blocA.Id))!;
        using var branchOffice = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, blocAPath));

        var move = await branchOffice.PostAsJsonAsync($"/api/organizations/{unit.Id}/move",
            new { newParent = blocB.Id, version = unit.Version, effectiveOn = "2026-01-01" }, Cancel);
        var createOutside = await branchOffice.PostAsJsonAsync("/api/organizations",
            new { name = "Đảng bộ lạc", kind = "GrassrootsCommittee", type = "Agency", parent = blocB.Id, effectiveOn = "2026-01-01" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, createOutside.StatusCode);
        var unitNow = await office.GetFromJsonAsync<OrganizationDetailDto>($"/api/organizations/{unit.Id}", Cancel);
        Assert.Equal(blocA.Id, unitNow!.Organization.Parent);
    }

    [Fact]
    public async Task Rename_StaleVersionOrBadDate_AnswersConflictOrVietnameseProblem()
    {
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var province = await CreateAsync(office, "Tỉnh uỷ Đổi tên", "ProvincialCommittee", null);

        var first = await office.PostAsJsonAsync($"/api/organizations/{province.Id}/rename",
            new { name = "Tỉnh uỷ Đổi tên lần 1", version = province.Version, effectiveOn = "2026-02-01" }, Cancel);
        var stale = await office.PostAsJsonAsync($"/api/organizations/{province.Id}/rename",
            new { name = "Tỉnh uỷ Đổi tên lần 2", version = province.Version, effectiveOn = "2026-03-01" }, Cancel);
        var noDate = await office.PostAsJsonAsync($"/api/organizations/{province.Id}/rename",
            new { name = "Tỉnh uỷ Đổi tên lần 3", version = province.Version + 1 }, Cancel);
        var detail = await office.GetFromJsonAsync<OrganizationDetailDto>($"/api/organizations/{province.Id}", Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("Hãy nhập ngày hiệu lực.", await noDate.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("Tỉnh uỷ Đổi tên lần 1", detail!.Organization.Name);
        Assert.Equal(["Create", "Rename"], detail.History.Select(change => change.Kind));
    }

    [Fact]
    public async Task ListOrganizations_OnADate_ShowsTheTreeAsItStoodThen()
    {
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var province = await CreateAsync(office, "Tỉnh uỷ Lịch sử", "ProvincialCommittee", null);
        var blocA = await CreateAsync(office, "Đảng uỷ khối A", "BlocCommittee", province.Id);
        var blocB = await CreateAsync(office, "Đảng uỷ khối B", "BlocCommittee", province.Id);
        var unit = await CreateAsync(office, "Đảng bộ Sở Lịch sử", "GrassrootsCommittee", blocA.Id);

        var moved = await office.PostAsJsonAsync($"/api/organizations/{unit.Id}/move",
            new { newParent = blocB.Id, version = unit.Version, effectiveOn = "2008-06-01", decisionNumber = "15-QĐ/TU" }, Cancel);
        var before = await office.GetFromJsonAsync<List<OrganizationDto>>("/api/organizations?on=2008-05-31", Cancel);
        var after = await office.GetFromJsonAsync<List<OrganizationDto>>("/api/organizations?on=2008-06-01", Cancel);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(blocA.Id, before!.Single(o => o.Id == unit.Id).Parent);
        Assert.Equal(blocB.Id, after!.Single(o => o.Id == unit.Id).Parent);
    }

    private static async Task<OrganizationDto> CreateAsync(HttpClient client, string name, string kind, Guid? parent)
    {
        var response = await client.PostAsJsonAsync("/api/organizations",
            new { name, kind, type = "Agency", parent, effectiveOn = "2008-01-01" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<OrganizationDto>(Cancel))!;
    }
}
