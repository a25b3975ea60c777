using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Documents;

public sealed class DocumentRegisterTests(E2EFixture e2e)
{
    private static readonly string[] SeedCitations = ["10-CT/TW", "20-KH/TU", "20-CT/TU", "17-KL/TU", "35-CT/TU", "945-CV/TU", "14/2008-NĐ/CP"];

    [Fact]
    public async Task Register_SeedOnAPhone_PreviewCorrectSave_ThePlaceholderLinksWhenTheCitedLetterArrives()
    {
        var province = await ProvinceAsync();
        var office = await TestAccounts.CreateAsync(e2e.App, Role.Office, province.Path);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, office.UserName, office.Password);

        await page.GotoAsync("/");
        await page.GetByText("Trình đơn").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký văn bản mới" }).ClickAsync();
        await UploadAsync(page, "509-TB-TU.txt");
        await Assertions.Expect(page.GetByLabel("Số, ký hiệu")).ToHaveValueAsync("509-TB/TU");
        await Assertions.Expect(page.GetByLabel("Ngày ban hành")).ToHaveValueAsync("22/05/2008");
        await Assertions.Expect(page.GetByLabel("Người ký", new() { Exact = true })).ToHaveValueAsync("Huỳnh Đa Trung");
        await AssertFitsAsync(page, "preview");
        await page.GetByLabel("Nơi ban hành").FillAsync("TP. Phan Thiết");
        await page.GetByLabel("Lưu vào sổ của").SelectOptionAsync(new SelectOptionValue { Label = province.Name });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu vào sổ" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Đã đăng ký văn bản vào sổ.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo số 509-TB/TU" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("TP. Phan Thiết, ngày 22 tháng 5 năm 2008")).ToBeVisibleAsync();
        var placeholders = page.Locator(".citation.placeholder");
        await Assertions.Expect(placeholders).ToHaveCountAsync(7);
        for (var index = 0; index < SeedCitations.Length; index++)
        {
            await Assertions.Expect(placeholders.Nth(index)).ToContainTextAsync(SeedCitations[index]);
            await Assertions.Expect(placeholders.Nth(index)).ToContainTextAsync("chưa có trong sổ");
        }

        await AssertFitsAsync(page, "document");
        var seedPage = page.Url;

        await page.GotoAsync("/van-ban/tai-len");
        await UploadAsync(page, "945-CV-TU.txt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu vào sổ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Công văn số 945-CV/TU" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=cited-by-title]").GetByRole(AriaRole.Link, new() { Name = "509-TB/TU" })).ToBeVisibleAsync();
        var letterPage = page.Url;

        await page.GotoAsync(seedPage);
        await Assertions.Expect(placeholders).ToHaveCountAsync(6);
        var letter = page.Locator("section[aria-labelledby=cites-title]").GetByRole(AriaRole.Link, new() { Name = "945-CV/TU" });
        await letter.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Công văn số 945-CV/TU" })).ToBeVisibleAsync();
        Assert.Equal(letterPage.Split('?')[0], page.Url);

        await page.GotoAsync("/van-ban?q=thong+bao+ket+luan");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "509-TB/TU" })).ToBeVisibleAsync();
        await AssertFitsAsync(page, "search");
        await page.Context.CloseAsync();
    }

    private static async Task UploadAsync(IPage page, string sample)
    {
        await page.GetByLabel("Tệp văn bản").SetInputFilesAsync(new FilePayload
        {
            Name = sample,
            MimeType = "text/plain",
            Buffer = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Documents", sample)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc và xem trước" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Xem trước: {sample}" })).ToBeVisibleAsync();
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The {what} page is {overflow}px wider than a 390px phone.");
    }

    private async Task<PartyOrganization> ProvinceAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().CreateAsync(
            new("Tỉnh uỷ Bình Thuận (thử văn bản)", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null),
            new Decision(new DateOnly(1992, 1, 1)))).Organization!;
    }
}
