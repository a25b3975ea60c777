using System.Text.RegularExpressions;
using DangVu.TestCommon.Browser;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Organizations;

public sealed partial class TreeTests(E2EFixture e2e)
{
    [Fact]
    public async Task Office_FoundsAndRenamesOrganizations_AndTheTreeOfAnEarlierDateKeepsTheOldName()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, e2e.AdminState);
        await FoundAsync(page, "Tỉnh uỷ Bình Thuận (E2E)", parent: null, "Tỉnh uỷ");
        await FoundAsync(page, "Đảng uỷ khối Dân Chính Đảng (E2E)", parent: "Tỉnh uỷ Bình Thuận (E2E)", "Đảng uỷ khối");

        await page.GetByLabel("Tên mới").FillAsync("Đảng uỷ khối cơ quan Dân Chính Đảng (E2E)");
        await page.GetByLabel("Ngày hiệu lực").First.FillAsync("2008-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi tên" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đổi tên.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đảng uỷ khối cơ quan Dân Chính Đảng (E2E)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "01/06/2008" })).ToBeVisibleAsync();

        await page.GotoAsync("/to-chuc");
        await page.GetByLabel("Xem cây vào ngày").FillAsync("2008-05-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        var tree = page.GetByRole(AriaRole.List, new() { Name = "Cây tổ chức" });
        await Assertions.Expect(tree).ToContainTextAsync("Đảng uỷ khối Dân Chính Đảng (E2E)");
        await Assertions.Expect(tree).Not.ToContainTextAsync("cơ quan Dân Chính Đảng (E2E)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TreePage_OnAPhone_FitsTheScreen()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, e2e.AdminState, BrowserSession.Phone);

        await page.GotoAsync("/to-chuc");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cây tổ chức" })).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The tree page is {overflow}px wider than a 390px phone.");
        await page.Context.CloseAsync();
    }

    private static async Task FoundAsync(IPage page, string name, string? parent, string kind)
    {
        await page.GotoAsync("/to-chuc");
        await page.GetByLabel("Tên tổ chức").FillAsync(name);
        if (parent is not null)
        {
            await page.GetByLabel("Trực thuộc").SelectOptionAsync(new SelectOptionValue { Label = parent });
        }

        await page.GetByLabel("Cấp tổ chức").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("Ngày thành lập").FillAsync("2008-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thành lập" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DetailUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/to-chuc/[0-9a-f-]{36}$")]
    private static partial Regex DetailUrl();
}
