using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Members;
using DangVu.Web.Features.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Organizations;

public sealed class OrganizationSplitApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Split_PreviewThenSplit_PreviewWritesNothingAndEveryMemberMovesAsShown()
    {
        var (_, cell, members) = await CellWithMembersAsync("Tách");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var body = SplitBody("Tách", cell.Version, [members[0].Id, members[2].Id], [members[1].Id]);

        var preview = await office.PostAsJsonAsync($"/api/organizations/{cell.Id}/split/preview", body, Cancel);
        var unchanged = await office.GetFromJsonAsync<OrganizationDetailDto>($"/api/organizations/{cell.Id}", Cancel);
        var split = await office.PostAsJsonAsync($"/api/organizations/{cell.Id}/split", body, Cancel);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = (await preview.Content.ReadFromJsonAsync<RestructurePreviewDto>(Cancel))!;
        Assert.True(shown.Allowed);
        Assert.Equal(["Chi bộ Tách 1", "Chi bộ Tách 2"], shown.Created.Select(o => o.Name));
        Assert.Equal(3, shown.MembersChangingCell);
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], shown.Members.Select(m => m.FullName));
        Assert.Equal([("Chi bộ Tách 1", 2), ("Chi bộ Tách 2", 1)], shown.Destinations.Select(d => (d.Name, d.Members)));
        Assert.Null(unchanged!.DissolvedOn);
        Assert.Equal(["Create"], unchanged.History.Select(c => c.Kind));

        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var done = (await split.Content.ReadFromJsonAsync<SplitResultDto>(Cancel))!;
        Assert.Equal(shown.Created.Select(o => o.Name), done.Created.Select(o => o.Name));
        var byName = done.Created.ToDictionary(o => o.Name, o => o.Id);
        foreach (var member in shown.Members)
        {
            var file = await office.GetFromJsonAsync<MemberDetailDto>($"/api/members/{member.Id}", Cancel);
            Assert.Equal(byName[member.To], file!.Organization);
        }

        var dayBefore = await office.GetFromJsonAsync<List<OrganizationDto>>("/api/organizations?on=2020-06-30", Cancel);
        var onTheDay = await office.GetFromJsonAsync<List<OrganizationDto>>("/api/organizations?on=2020-07-01", Cancel);
        Assert.Contains(dayBefore!, o => o.Id == cell.Id);
        Assert.DoesNotContain(onTheDay!, o => o.Id == cell.Id);
        Assert.All(done.Created, created => Assert.Contains(onTheDay!, o => o.Id == created.Id));
    }

    [Fact]
    public async Task Split_MemberLeftOut_IsRefusedNamingThem_AndThePreviewSaysTheSame()
    {
        var (_, cell, members) = await CellWithMembersAsync("Sót");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var body = SplitBody("Sót", cell.Version, [members[0].Id], [members[1].Id]);

        var preview = await office.PostAsJsonAsync($"/api/organizations/{cell.Id}/split/preview", body, Cancel);
        var split = await office.PostAsJsonAsync($"/api/organizations/{cell.Id}/split", body, Cancel);
        var stale = await office.PostAsJsonAsync($"/api/organizations/{cell.Id}/split/preview",
            SplitBody("Sót", cell.Version + 1, [members[0].Id, members[2].Id], [members[1].Id]), Cancel);

        const string Expected = "Chưa giao cho tổ chức mới nào: đảng viên Lê Văn Cường.";
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = (await preview.Content.ReadFromJsonAsync<RestructurePreviewDto>(Cancel))!;
        Assert.False(shown.Allowed);
        Assert.StartsWith(Expected, shown.Refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, split.StatusCode);
        Assert.Contains(Expected, await split.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Split_CallerOutsideTheSubtreeOrWithoutOfficeOverTheParent_IsRefused()
    {
        var (committee, cell, members) = await CellWithMembersAsync("Ngoài");
        var (_, elsewhere, _) = await CellWithMembersAsync("Khác");
        var body = SplitBody("Ngoài", cell.Version, [members[0].Id, members[2].Id], [members[1].Id]);
        using var otherOffice = await SignedInClient.CreateAsync(app.Factory,
            await TestAccounts.CreateAsync(app.Factory, Role.Office, (await app.Factory.Services.GetOrganizationPathAsync(elsewhere.Id))!));
        using var cellOffice = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, cell.Path));
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, committee.Path));
        using var committeeOffice = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, committee.Path));

        var outside = await otherOffice.PostAsJsonAsync($"/api/organizations/{cell.Id}/split", body, Cancel);
        var outsidePreview = await otherOffice.PostAsJsonAsync($"/api/organizations/{cell.Id}/split/preview", body, Cancel);
        // Office over the cell alone: the new cells would stand under the committee, outside that grant.
        var notOverParent = await cellOffice.PostAsJsonAsync($"/api/organizations/{cell.Id}/split", body, Cancel);
        var notOverParentPreview = await cellOffice.PostAsJsonAsync($"/api/organizations/{cell.Id}/split/preview", body, Cancel);
        var bySecretary = await secretary.PostAsJsonAsync($"/api/organizations/{cell.Id}/split/preview", body, Cancel);
        var dissolvePreview = await committeeOffice.PostAsJsonAsync($"/api/organizations/{cell.Id}/dissolve/preview",
            new { version = cell.Version, effectiveOn = "2020-07-01" }, Cancel);
        var allowed = await committeeOffice.PostAsJsonAsync($"/api/organizations/{cell.Id}/split", body, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsidePreview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notOverParent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notOverParentPreview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bySecretary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dissolvePreview.StatusCode);
        Assert.Contains("còn đảng viên", (await dissolvePreview.Content.ReadFromJsonAsync<RestructurePreviewDto>(Cancel))!.Refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task PreviewMoveAndMerge_AnswerWhatMoves_AsJson()
    {
        var (committee, cell, _) = await CellWithMembersAsync("Xem");
        var (otherCommittee, otherCell, _) = await CellWithMembersAsync("Nhận");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));

        var move = await office.PostAsJsonAsync($"/api/organizations/{cell.Id}/move/preview",
            new { newParent = otherCommittee.Id, version = cell.Version, effectiveOn = "2020-07-01" }, Cancel);
        var merge = await office.PostAsJsonAsync($"/api/organizations/{otherCell.Id}/merge/preview",
            new { sources = new[] { cell.Id }, effectiveOn = "2020-07-01" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        using var moveJson = JsonDocument.Parse(await move.Content.ReadAsStringAsync(Cancel));
        var moved = moveJson.RootElement.GetProperty("moved")[0];
        Assert.Equal(("Chi bộ Xem", "Đảng bộ Xem", "Đảng bộ Nhận", true),
            (moved.GetProperty("name").GetString(), moved.GetProperty("fromParent").GetString(), moved.GetProperty("toParent").GetString(),
             moved.GetProperty("parentChanges").GetBoolean()));
        Assert.Equal(3, moveJson.RootElement.GetProperty("membersFollowing").GetInt32());
        var merged = (await merge.Content.ReadFromJsonAsync<RestructurePreviewDto>(Cancel))!;
        Assert.Equal((3, "Chi bộ Nhận"), (merged.MembersChangingCell, merged.Destinations.Single().Name));
        var still = await office.GetFromJsonAsync<OrganizationDetailDto>($"/api/organizations/{cell.Id}", Cancel);
        Assert.Equal(committee.Id, still!.Organization.Parent);
    }

    private static object SplitBody(string tag, int version, Guid[] first, Guid[] second) => new
    {
        version,
        effectiveOn = "2020-07-01",
        decisionNumber = "05-QĐ/ĐU",
        units = new object[]
        {
            new { name = $"Chi bộ {tag} 1", kind = "Cell", type = "Agency", members = first },
            new { name = $"Chi bộ {tag} 2", kind = "Cell", type = "Agency", members = second },
        },
    };

    /// <summary>Province → grassroots committee "Đảng bộ {tag}" → cell "Chi bộ {tag}" with three members.</summary>
    private async Task<(PartyOrganization Committee, PartyOrganization Cell, PartyMember[] Members)> CellWithMembersAsync(string tag)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ {tag}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var committee = (await restructuring.CreateAsync(new($"Đảng bộ {tag}", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        var cell = (await restructuring.CreateAsync(new($"Chi bộ {tag}", OrganizationKind.Cell, OrganizationType.Agency, null, committee.Id), founded, Cancel)).Organization!;
        var members = new List<PartyMember>();
        foreach (var name in new[] { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường" })
        {
            var (member, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1980, 1, 1), Gender.Male, cell.Id,
                new DateOnly(2010, 1, 1), new DateOnly(2011, 1, 1)), cancellationToken: Cancel);
            members.Add(member ?? throw new InvalidOperationException(string.Join("; ", errors)));
        }

        return (committee, cell, [.. members]);
    }
}
