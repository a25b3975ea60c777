using System.Text;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Browser;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DangVu.E2E.Tests.Import;

public sealed class MemberImportPageTests(E2EFixture e2e)
{
    private const string Header = "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Chi bộ";

    [Fact]
    public async Task Secretary_OnAPhone_SeesRowProblems_ThenPreviewsAndImportsTheCorrectedFile()
    {
        var committee = await CommitteeWithCellAsync();
        var secretary = await TestAccounts.CreateAsync(e2e.App, Role.Secretary, committee.Path);
        var page = await e2e.Browser.NewPageAsync(e2e.BaseAddress, viewport: BrowserSession.Phone);
        await E2EFixture.SignInAsync(page, secretary.UserName, secretary.Password);
        await page.GotoAsync("/dang-vien/nhap");

        await UploadAsync(page, $"{Header}\nLý Thị Nhập,2/3/1991,Nữ,4/5/2016,4/5/2017,Chi bộ Khoa Dược\nVõ Văn Sai,31/13/1990,Nam,1/1/2015,,Chi bộ Khoa Dược\n");
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "Các lỗi cần sửa" });
        await Assertions.Expect(problems).ToContainTextAsync("“31/13/1990” không phải ngày hợp lệ");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không ghi gì: có 1 lỗi trong 2 dòng");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nhập 2 đảng viên" })).ToHaveCountAsync(0);

        await UploadAsync(page, $"{Header}\nLý Thị Nhập,2/3/1991,Nữ,4/5/2016,4/5/2017,Chi bộ Khoa Dược\nVõ Văn Đúng,31/12/1990,Nam,1/1/2015,,chi bo khoa duoc\n");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 đảng viên sẽ được nhập vào 1 chi bộ");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The preview overflows a 390-px screen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập 2 đảng viên" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nhập 2 đảng viên.");

        await page.GotoAsync("/dang-vien?q=vo%20van%20dung");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Võ Văn Đúng" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task UploadAsync(IPage page, string csv)
    {
        await page.GetByLabel("Tệp danh sách").SetInputFilesAsync(new FilePayload
        {
            Name = "danh-sach.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và xem trước" }).ClickAsync();
    }

    private async Task<PartyOrganization> CommitteeWithCellAsync()
    {
        await using var scope = e2e.App.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Nhập liệu", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng uỷ Bệnh viện Nhập liệu", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, province.Id), founded)).Organization!;
        await restructuring.CreateAsync(new("Chi bộ Khoa Dược", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded);
        return committee;
    }
}
