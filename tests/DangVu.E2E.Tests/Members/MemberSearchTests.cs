using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Members;

public sealed class MemberSearchTests(E2EFixture e2e)
{
    [Fact]
    public async Task SearchingNguyenVan_ListsMembersInVietnameseNameOrder()
    {
        string[] names = ["Nguyễn Văn Đức", "Nguyễn Văn Dũng", "Nguyễn Văn Ánh", "Nguyễn Văn An", "Nguyễn Văn Hòa", "Trần Văn Bình"];
        await AddMembersAsync(names);
        // The office of the whole tree: it may read identity numbers (an administrator may not).
        var office = await TestAccounts.CreateAsync(e2e.App, Role.Office);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress);
        await E2EFixture.SignInAsync(page, office.UserName, office.Password);

        await page.GotoAsync("/dang-vien");
        await page.GetByLabel("Tìm theo tên, số thẻ hoặc năm sinh").FillAsync("nguyen van");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        // An, Ánh, Dũng, Đức (Đ after D), Hoà (stored in the canonical tone placement); Trần Văn Bình is not a match.
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link) });
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        var shown = await rows.Locator("td:first-child a").AllInnerTextsAsync();
        Assert.Equal(["Nguyễn Văn An", "Nguyễn Văn Ánh", "Nguyễn Văn Dũng", "Nguyễn Văn Đức", "Nguyễn Văn Hoà"], shown);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nguyễn Văn Dũng" }).ClickAsync();
        await Assertions.Expect(page.GetByText("••••••••")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hiện số thẻ và số căn cước" }).ClickAsync();
        await Assertions.Expect(page.GetByText("060000000001")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task AddMembersAsync(string[] names)
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Tìm kiếm", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Tìm kiếm", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded)).Organization!;
        for (var index = 0; index < names.Length; index++)
        {
            var (member, errors) = await registry.AddAsync(new NewMember(names[index], new DateOnly(1980, 1, 1 + index), Gender.Male, cell.Id,
                new DateOnly(2010, 1, 1), new DateOnly(2011, 1, 1), CardNumber: $"E2E{index}", CitizenId: $"06000000000{index}"));
            Assert.True(member is not null, string.Join("; ", errors));
        }
    }
}
