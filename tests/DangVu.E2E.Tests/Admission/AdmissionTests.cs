using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Admission;

public sealed class AdmissionTests(E2EFixture e2e)
{
    [Fact]
    public async Task Admission_SecretaryOnAPhone_TakesACandidateToProbationaryMember_AndStatisticsCountIt()
    {
        var cell = await CellWithIntroducersAsync();
        var secretary = await TestAccounts.CreateAsync(e2e.App, Role.Secretary, cell.Path);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, secretary.UserName, secretary.Password);

        await page.GotoAsync("/");
        await page.GetByText("Trình đơn").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kết nạp", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm quần chúng ưu tú" }).ClickAsync();
        await page.GetByLabel("Họ và tên").FillAsync("Mạc Thị Ngọc Ánh");
        await page.GetByLabel("Ngày sinh").FillAsync("14/02/1999");
        await page.GetByLabel("Giới tính").SelectOptionAsync(new SelectOptionValue { Label = "Nữ" });
        await page.GetByLabel("Nguồn quần chúng").SelectOptionAsync(new SelectOptionValue { Label = "Đoàn viên thanh niên" });
        await page.GetByLabel("Ngành, lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Y tế" });
        await page.GetByLabel("Chuyên môn, nghề nghiệp").FillAsync("Bác sĩ");
        await page.GetByLabel("Chi bộ").SelectOptionAsync(new SelectOptionValue { Label = "Chi bộ Khoa Nhi" });
        await page.GetByLabel("Ngày đưa vào danh sách quần chúng ưu tú").FillAsync("03/03/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mạc Thị Ngọc Ánh" })).ToBeVisibleAsync();

        await StepAsync(page, "Lớp bồi dưỡng nhận thức về Đảng", "10/03/2025");
        // A missing document is refused in Vietnamese beside the form, naming the rule, and what was typed stays.
        await page.GetByLabel("Ngày diễn ra").FillAsync("01/04/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi bước này" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Hồ sơ còn thiếu: Đơn xin vào Đảng; Lý lịch của người xin vào Đảng");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("giấy tờ trong hồ sơ kết nạp");
        await Assertions.Expect(page.GetByLabel("Ngày diễn ra")).ToHaveValueAsync("01/04/2025");
        await StepAsync(page, "Đơn xin vào Đảng và lý lịch", "01/04/2025");
        await StepAsync(page, "Đảng viên giới thiệu", "15/04/2025", async () =>
        {
            await page.GetByLabel("Người giới thiệu thứ 1").SelectOptionAsync(new SelectOptionValue { Label = "Lương Văn Giới" });
            await page.GetByLabel("Người thứ 1 cùng công tác từ ngày").FillAsync("01/01/2020");
            await page.GetByLabel("Người giới thiệu thứ 2").SelectOptionAsync(new SelectOptionValue { Label = "Lương Thị Thiệu" });
            await page.GetByLabel("Người thứ 2 cùng công tác từ ngày").FillAsync("01/06/2021");
        });
        await StepAsync(page, "Thẩm tra lý lịch", "02/06/2025");
        await StepAsync(page, "Ý kiến đoàn thể và nơi cư trú", "01/07/2025");
        await StepAsync(page, "Chi bộ xét, biểu quyết", "05/08/2025", async () =>
        {
            await page.GetByLabel("Số đảng viên chính thức của chi bộ").FillAsync("10");
            await page.GetByLabel("Trong đó đang sinh hoạt tạm thời nơi khác").FillAsync("1");
            await page.GetByLabel("Số tán thành").FillAsync("6");
        });
        await StepAsync(page, "Đảng uỷ cơ sở biểu quyết", "20/08/2025", async () =>
        {
            await page.GetByLabel("Số cấp uỷ viên").FillAsync("5");
            await page.GetByLabel("Số tán thành").FillAsync("4");
        });
        await StepAsync(page, "Quyết định kết nạp", "10/09/2025", () => page.GetByLabel("Số quyết định").FillAsync("120-QĐ/ĐU"));

        await Assertions.Expect(page.GetByText("Đảng viên dự bị — Chi bộ Khoa Nhi")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The admission case page is {overflow}px wider than a 390px phone.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem hồ sơ đảng viên" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mạc Thị Ngọc Ánh" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dự bị", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("10/09/2025").First).ToBeVisibleAsync();

        await page.GotoAsync($"/ket-nap/thong-ke?to-chuc={cell.Id}&tu=01/01/2025&den=31/12/2025");
        await Assertions.Expect(page.Locator("#admissions")).ToHaveTextAsync("1 đảng viên được kết nạp");
        await Assertions.Expect(page.GetByText("1 trong ngành y tế (1 bác sĩ)")).ToBeVisibleAsync();
        overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The admission statistics page is {overflow}px wider than a 390px phone.");
        await page.Context.CloseAsync();
    }

    private static async Task StepAsync(IPage page, string title, string date, Func<Task>? fill = null)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Ghi bước tiếp theo: {title}" })).ToBeVisibleAsync();
        await page.GetByLabel("Ngày diễn ra").FillAsync(date);
        foreach (var box in await page.Locator("input[name=Documents]").AllAsync())
        {
            await box.CheckAsync();
        }

        if (fill is not null)
        {
            await fill();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi bước này" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã ghi vào hồ sơ.")).ToBeVisibleAsync();
    }

    private async Task<PartyOrganization> CellWithIntroducersAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Đảng uỷ Bệnh viện Nhi", OrganizationKind.ProvincialCommittee, OrganizationType.PublicServiceUnit, null, null), founded)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Khoa Nhi", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded)).Organization!;
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        foreach (var name in new[] { "Lương Văn Giới", "Lương Thị Thiệu" })
        {
            var (_, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1975, 5, 5), Gender.Male, cell.Id, new DateOnly(2000, 5, 19), new DateOnly(2001, 5, 19)));
            Assert.Empty(errors);
        }

        return cell;
    }
}
