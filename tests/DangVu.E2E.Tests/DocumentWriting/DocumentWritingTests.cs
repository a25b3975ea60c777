using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.DocumentWriting;

public sealed class DocumentWritingTests(E2EFixture e2e)
{
    [Fact]
    public async Task DocumentWriting_SecretaryOnAPhone_ComposesIssuesAndGetsTheDownloads()
    {
        var committee = await CommitteeAsync();
        var secretary = await TestAccounts.CreateAsync(e2e.App, Role.Secretary, committee.Path);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, secretary.UserName, secretary.Password);

        await page.GotoAsync("/");
        await page.GetByText("Trình đơn").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Soạn văn bản", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Soạn văn bản mới" }).ClickAsync();
        await page.GetByLabel("Loại văn bản").SelectOptionAsync(new SelectOptionValue { Label = "Báo cáo (BC)" });
        await page.GetByLabel("Địa danh").FillAsync("Phan Thiết");
        await page.GetByLabel("Ngày ban hành").FillAsync("30/02/2008");
        await page.GetByLabel("Trích yếu (tiêu đề)").FillAsync("Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2008");
        await page.GetByLabel("Nội dung (mỗi dòng một đoạn)").FillAsync("I- Kết quả:\nĐã kết nạp 5 đảng viên.\nII- Nhiệm vụ:\n1- Tiếp tục phát triển đảng viên.");
        await page.GetByLabel("Nơi nhận (mỗi dòng một nơi)").FillAsync("Đảng uỷ khối\nLưu Văn phòng");
        await page.GetByLabel("Thẩm quyền ký").SelectOptionAsync(new SelectOptionValue { Label = "T/M — thay mặt (tập thể)" });
        await page.GetByLabel("Tập thể hoặc chức danh sau T/M, T/L, K/T").FillAsync("Đảng uỷ");
        await page.GetByLabel("Chức vụ người ký").FillAsync("Bí thư");
        await page.GetByLabel("Họ tên người ký").FillAsync("Võ Thị Thu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();

        // A date that does not exist is refused beside its field; what was typed stays.
        await Assertions.Expect(page.GetByText("Không đọc được ngày “30/02/2008”")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Họ tên người ký")).ToHaveValueAsync("Võ Thị Thu");
        await page.GetByLabel("Ngày ban hành").FillAsync("30/06/2008");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Đã lưu dự thảo.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Số      -BC/ĐU")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Phan Thiết, ngày 30 tháng 6 năm 2008")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Phát hành và cấp số" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Đã phát hành văn bản số 1-BC/ĐU.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải DOCX" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/docx$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải PDF" })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải PDF" }).ClickAsync());
        Assert.Equal("1-bc-du.pdf", download.SuggestedFilename);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The document page is {overflow}px wider than a 390px phone.");
        await page.Context.CloseAsync();
    }

    private async Task<PartyOrganization> CommitteeAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Soạn thảo", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        return (await restructuring.CreateAsync(new("Đảng bộ Sở Soạn thảo", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, null, province.Id), founded)).Organization!;
    }
}
