using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Organizations;

/// <summary>The organization page's restructure forms: preview first, then a confirm form that carries the same values.</summary>
public sealed partial class RestructurePagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MovePreview_ShowsWhatMovesAndWritesNothing_ThenTheConfirmFormMoves()
    {
        var (_, cell, _) = await CellWithMembersAsync("Chuyển");
        var (target, _, _) = await CellWithMembersAsync("Đích");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var fields = new Dictionary<string, string>
        {
            ["Version"] = cell.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewParent"] = target.Id.ToString(),
            ["EffectiveOn"] = "2020-07-01",
            ["DecisionNumber"] = "07-QĐ/TU",
        };

        var preview = await PostAsync(office, cell.Id, "PreviewMove", fields);
        var unchanged = await office.GetFromJsonAsync<OrganizationDetailDto>($"/api/organizations/{cell.Id}", Cancel);

        Assert.Contains("Xem trước: chuyển tổ chức", preview, StringComparison.Ordinal);
        Assert.Contains("Chuyển “Chi bộ Chuyển” về trực thuộc “Đảng bộ Đích”.", preview, StringComparison.Ordinal);
        Assert.Contains("Ngày hiệu lực: 01/07/2020", preview, StringComparison.Ordinal);
        Assert.Contains("3 đảng viên đi theo chi bộ của mình", preview, StringComparison.Ordinal);
        Assert.Contains($"name=\"NewParent\" value=\"{target.Id}\"", preview, StringComparison.Ordinal);
        Assert.NotEqual(target.Id, unchanged!.Organization.Parent);

        var confirmed = await PostAsync(office, cell.Id, "Move", fields);
        var moved = await office.GetFromJsonAsync<OrganizationDetailDto>($"/api/organizations/{cell.Id}", Cancel);

        Assert.Contains("Đã chuyển tổ chức.", confirmed, StringComparison.Ordinal);
        Assert.Equal(target.Id, moved!.Organization.Parent);
    }

    [Fact]
    public async Task MergeAndDissolvePreviews_NameTheMembersInVietnameseOrder_OrTheRefusal()
    {
        var (committee, cell, _) = await CellWithMembersAsync("Gộp");
        PartyOrganization other;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            other = (await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().CreateAsync(
                new("Chi bộ Gộp thêm", OrganizationKind.Cell, OrganizationType.Agency, null, committee.Id), new(new DateOnly(2005, 1, 1)), Cancel)).Organization!;
        }

        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));

        var page = await office.GetStringAsync($"/to-chuc/{other.Id}", Cancel);
        var merge = await PostAsync(office, other.Id, "PreviewMerge", new() { ["Sources"] = cell.Id.ToString(), ["EffectiveOn"] = "2020-07-01" });
        var dissolve = await PostAsync(office, cell.Id, "PreviewDissolve", new() { ["Version"] = "0", ["EffectiveOn"] = "2020-07-01" });

        Assert.Contains($"name=\"Sources\" value=\"{cell.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Đảng viên chuyển chi bộ (3)", merge, StringComparison.Ordinal);
        var names = CellText().Matches(merge).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], names);
        Assert.Contains("Xác nhận hợp nhất", merge, StringComparison.Ordinal);
        Assert.Contains("Không thể giải thể: “Chi bộ Gộp” còn đảng viên", dissolve, StringComparison.Ordinal);
        Assert.DoesNotContain("Xác nhận giải thể", dissolve, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SplitPreview_ByAnOfficeWithoutTheParent_IsForbidden()
    {
        var (_, cell, members) = await CellWithMembersAsync("Cấm");
        using var cellOffice = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, cell.Path));
        var page = await cellOffice.GetStringAsync($"/to-chuc/{cell.Id}", Cancel);
        var token = Token().Match(page).Groups[1].Value;

        using var response = await cellOffice.PostAsync($"/to-chuc/{cell.Id}?handler=PreviewSplit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = "0",
            ["Units[0].Name"] = "Chi bộ Cấm 1",
            ["Units[0].Kind"] = "Cell",
            ["Units[1].Name"] = "Chi bộ Cấm 2",
            ["Units[1].Kind"] = "Cell",
            [$"MemberUnit[{members[0].Id}]"] = "0",
            [$"MemberUnit[{members[1].Id}]"] = "1",
            [$"MemberUnit[{members[2].Id}]"] = "1",
            ["EffectiveOn"] = "2020-07-01",
        }), Cancel);

        Assert.Contains("Chia tách", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-du-quyen", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>GETs the page for its CSRF token, then posts the fields to a handler and returns the page it answers with.</summary>
    private static async Task<string> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync($"/to-chuc/{id}", Cancel);
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        using var response = await client.PostAsync($"/to-chuc/{id}?handler={handler}", new FormUrlEncodedContent(fields), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }

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
        foreach (var name in new[] { "Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình" })
        {
            var (member, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1980, 1, 1), Gender.Male, cell.Id,
                new DateOnly(2010, 1, 1), new DateOnly(2011, 1, 1)), cancellationToken: Cancel);
            members.Add(member ?? throw new InvalidOperationException(string.Join("; ", errors)));
        }

        return (committee, cell, [.. members]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<td data-label=\"Họ và tên\">([^<]+)</td>")]
    private static partial Regex CellText();
}
