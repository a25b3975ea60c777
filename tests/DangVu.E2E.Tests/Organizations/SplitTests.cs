using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Organizations;

public sealed class SplitTests(E2EFixture e2e)
{
    [Fact]
    public async Task Office_OnAPhone_PreviewsASplit_FixesTheMemberLeftOut_AndConfirms()
    {
        var cell = await CellWithMembersAsync();
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, e2e.AdminState, BrowserSession.Phone);
        await page.GotoAsync($"/to-chuc/{cell.Id}");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Chia tách", Exact = true });

        await form.GetByLabel("Tên tổ chức mới 1").FillAsync("Chi bộ Văn phòng 1 (E2E)");
        await form.GetByLabel("Tên tổ chức mới 2").FillAsync("Chi bộ Văn phòng 2 (E2E)");
        await form.GetByLabel("Nguyễn Thị Hà", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tổ chức mới 1" });
        await form.GetByLabel("Phạm Văn Khánh", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tổ chức mới 2" });
        await form.GetByLabel("Ngày hiệu lực").FillAsync("2020-07-01");
        await form.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();

        var preview = page.GetByRole(AriaRole.Region, new() { Name = "Xem trước: chia tách" });
        await Assertions.Expect(preview.GetByRole(AriaRole.Alert)).ToContainTextAsync("Chưa giao cho tổ chức mới nào: đảng viên Đặng Văn Long.");
        await Assertions.Expect(preview.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        // The form keeps what was typed; only the member left out needs a choice.
        await Assertions.Expect(form.GetByLabel("Tên tổ chức mới 2")).ToHaveValueAsync("Chi bộ Văn phòng 2 (E2E)");
        await form.GetByLabel("Đặng Văn Long", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tổ chức mới 2" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();

        await Assertions.Expect(preview).ToContainTextAsync("Chia tách “Chi bộ Văn phòng Sở (E2E)” thành “Chi bộ Văn phòng 1 (E2E)”, “Chi bộ Văn phòng 2 (E2E)”.");
        await Assertions.Expect(preview).ToContainTextAsync("“Chi bộ Văn phòng 2 (E2E)” nhận 2 đảng viên");
        var names = await preview.GetByRole(AriaRole.Table).Locator("tbody td:first-child").AllInnerTextsAsync();
        Assert.Equal(["Nguyễn Thị Hà", "Phạm Văn Khánh", "Đặng Văn Long"], names);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The preview is {overflow}px wider than a 390px phone.");

        await preview.GetByRole(AriaRole.Button, new() { Name = "Xác nhận chia tách" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã chia tách thành “Chi bộ Văn phòng 1 (E2E)”, “Chi bộ Văn phòng 2 (E2E)”.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chi bộ Văn phòng 2 (E2E)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chi bộ Văn phòng 2 (E2E)" })).ToBeVisibleAsync();

        await page.GotoAsync("/to-chuc?ngay=2020-06-30");
        var tree = page.GetByRole(AriaRole.List, new() { Name = "Cây tổ chức" });
        await Assertions.Expect(tree).ToContainTextAsync("Chi bộ Văn phòng Sở (E2E)");
        await Assertions.Expect(tree).Not.ToContainTextAsync("Chi bộ Văn phòng 1 (E2E)");
        await page.Context.CloseAsync();
    }

    private async Task<PartyOrganization> CellWithMembersAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Chia tách (E2E)", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng bộ Sở Y tế (E2E)", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, null, province.Id), founded)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Văn phòng Sở (E2E)", OrganizationKind.Cell, OrganizationType.Agency, null, committee.Id), founded)).Organization!;
        foreach (var name in new[] { "Đặng Văn Long", "Nguyễn Thị Hà", "Phạm Văn Khánh" })
        {
            var (member, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1985, 1, 1), Gender.Female, cell.Id,
                new DateOnly(2010, 1, 1), new DateOnly(2011, 1, 1), Sector.Health));
            Assert.True(member is not null, string.Join("; ", errors));
        }

        return cell;
    }
}
