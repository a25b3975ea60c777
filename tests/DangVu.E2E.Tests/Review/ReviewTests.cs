using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Review;

public sealed class ReviewTests(E2EFixture e2e)
{
    private const string MemberName = "Hồ Thị Tự Đánh";

    [Fact]
    public async Task Review_MemberSelfReviews_SecretaryProposes_CommitteeDecides_OfficeSeesTheSummaryAndExportsIt()
    {
        var (committee, cell, memberId) = await TreeAsync();
        var office = await TestAccounts.CreateAsync(e2e.App, Role.Office);
        var member = await TestAccounts.CreateAsync(e2e.App, Role.Member, cell.Path, memberId);
        var secretary = await TestAccounts.CreateAsync(e2e.App, Role.Secretary, committee.Path);

        // The office opens the 2025 period for the grassroots committee.
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress);
        await E2EFixture.SignInAsync(page, office.UserName, office.Password);
        await page.GotoAsync("/danh-gia");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mở kỳ đánh giá" }).ClickAsync();
        await page.GetByLabel("Tổ chức đảng", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = committee.Name });
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở kỳ đánh giá" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kỳ đánh giá năm 2025" })).ToBeVisibleAsync();
        var periodUrl = page.Url;
        await page.Context.CloseAsync();

        // The member, on a phone, fills the self-review: points by the criteria of the 2025 rules.
        page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, member.UserName, member.Password);
        await page.GotoAsync("/");
        await page.GetByText("Trình đơn").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đánh giá", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kỳ đánh giá năm 2025" }).ClickAsync();
        await page.GetByLabel("Tư tưởng chính trị (tối đa 20 điểm)").FillAsync("18");
        await page.GetByLabel("Phẩm chất đạo đức, lối sống (tối đa 20 điểm)").FillAsync("18");
        await page.GetByLabel("Ý thức tổ chức kỷ luật, tinh thần đoàn kết (tối đa 20 điểm)").FillAsync("17");
        await page.GetByLabel("Kết quả thực hiện chức trách, nhiệm vụ được giao (tối đa 40 điểm)").FillAsync("30");
        await page.GetByLabel("Ưu điểm, hạn chế và hướng khắc phục").FillAsync("Hoàn thành tốt nhiệm vụ chuyên môn; cần nghiên cứu thêm nghị quyết.");
        await page.GetByLabel("Tỷ lệ nhiệm vụ hoàn thành (%)").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi bản tự kiểm điểm" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("83 điểm, mức tự nhận “Hoàn thành tốt nhiệm vụ”");
        await AssertFitsPhoneAsync(page, "self-review");
        await page.Context.CloseAsync();

        // The secretary proposes for the cell, and (as the grassroots committee's secretary) records the decision.
        page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, secretary.UserName, secretary.Password);
        await page.GotoAsync(new Uri(periodUrl).PathAndQuery);
        await page.GetByRole(AriaRole.Link, new() { Name = cell.Name }).First.ClickAsync();
        await page.GetByLabel($"Mức chi bộ đề xuất cho {MemberName}").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành tốt nhiệm vụ" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi đề xuất" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi.");
        await page.GetByLabel($"Mức cấp uỷ quyết định cho {MemberName}").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành tốt nhiệm vụ" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi quyết định" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = MemberName })).ToContainTextAsync("Cấp uỷ quyết định");
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = MemberName }).Locator("dd").Nth(3)).ToContainTextAsync("Hoàn thành tốt nhiệm vụ");
        await AssertFitsPhoneAsync(page, "organization");
        await page.Context.CloseAsync();

        // The office sees the summary and exports it; LibreOffice Calc opens the workbook.
        page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, office.UserName, office.Password);
        await page.GotoAsync(new Uri(periodUrl).PathAndQuery);
        var row = page.Locator("#summary tbody tr", new() { HasText = committee.Name });
        await Assertions.Expect(row.Locator("td[data-label='Hoàn thành tốt nhiệm vụ']")).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator("td[data-label='Chưa xếp loại']")).ToHaveTextAsync("1");
        await AssertFitsPhoneAsync(page, "period");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải biểu tổng hợp (XLSX)" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"dangvu-review-{Guid.NewGuid():N}.xlsx");
        try
        {
            await download.SaveAsAsync(file);
            var csv = await LibreOffice.SheetAsCsvAsync(file);
            Assert.Contains($"{committee.Name},2,0,1,0,0,1,", csv, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        await page.Context.CloseAsync();
    }

    private static async Task AssertFitsPhoneAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The {what} page is {overflow}px wider than a 390px phone.");
    }

    private async Task<(PartyOrganization Committee, PartyOrganization Cell, Guid Member)> TreeAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Đảng uỷ Khối Đánh giá", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng bộ Sở Xếp loại", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, null, province.Id), founded)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Phòng Kiểm điểm", OrganizationKind.Cell, OrganizationType.Agency, null, committee.Id), founded)).Organization!;
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        Guid? first = null;
        foreach (var name in new[] { MemberName, "Hồ Văn Chưa Xét" })
        {
            var (created, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1985, 5, 5), Gender.Female, cell.Id, new DateOnly(2010, 5, 19), new DateOnly(2011, 5, 19)));
            Assert.Empty(errors);
            first ??= created!.Id;
        }

        return (committee, cell, first!.Value);
    }
}
