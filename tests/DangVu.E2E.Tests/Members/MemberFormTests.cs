using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Members;

public sealed class MemberFormTests(E2EFixture e2e)
{
    [Fact]
    public async Task AddMember_OnAPhone_FormExplainsMistakesThenTheMemberIsFound()
    {
        await CellAsync("Chi bộ Biểu mẫu");
        var office = await TestAccounts.CreateAsync(e2e.App, Role.Office);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, office.UserName, office.Password);

        await page.GotoAsync("/dang-vien");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm đảng viên" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thêm đảng viên" })).ToBeVisibleAsync();
        await page.GetByLabel("Chi bộ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Chi bộ Biểu mẫu" });
        await page.GetByLabel("Ngày sinh").FillAsync("31/02/1991");
        await page.GetByLabel("Giới tính").SelectOptionAsync(new SelectOptionValue { Label = "Nữ" });
        await page.GetByLabel("Tôn giáo").FillAsync("Phật giáo");
        await page.GetByLabel("Trình độ lý luận chính trị").SelectOptionAsync(new SelectOptionValue { Label = "Sơ cấp" });
        await page.GetByLabel("Đoàn viên công đoàn").CheckAsync();
        await page.GetByLabel("Ngày vào Đảng").FillAsync("03/02/2016");
        await page.GetByLabel("Ngày chính thức").FillAsync("03/02/2017");
        await page.GetByLabel("Số căn cước công dân").FillAsync("060091000123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách" }).ClickAsync();

        // Refused with the reasons beside their fields, and what was typed is still there.
        await Assertions.Expect(page.GetByText("Họ và tên không được để trống.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Không đọc được ngày sinh “31/02/1991”", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Tôn giáo")).ToHaveValueAsync("Phật giáo");
        await Assertions.Expect(page.GetByLabel("Họ và tên")).ToHaveAttributeAsync("aria-invalid", "true");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The member form is {overflow}px wider than a 390px phone.");

        await page.GetByLabel("Họ và tên").FillAsync("Khổng Thị Quỳnh Như");
        await page.GetByLabel("Ngày sinh").FillAsync("28/02/1991");
        await page.GetByLabel("Số căn cước công dân").FillAsync("060091000123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh sách" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Đã lưu hồ sơ.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Khổng Thị Quỳnh Như" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("28/02/1991")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Sơ cấp")).ToBeVisibleAsync();
        await page.GotoAsync("/dang-vien");
        await page.GetByLabel("Tìm theo tên, số thẻ hoặc năm sinh").FillAsync("khong thi quynh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Khổng Thị Quỳnh Như" }).ClickAsync();

        // The file opens for correction from the profile, with the dates as Vietnamese write them.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Ngày vào Đảng")).ToHaveValueAsync("03/02/2016");
        await page.GetByLabel("Chức vụ").FillAsync("Phó trưởng phòng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Phó trưởng phòng")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task CellAsync(string name)
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Biểu mẫu", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        await restructuring.CreateAsync(new(name, OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded);
    }
}
