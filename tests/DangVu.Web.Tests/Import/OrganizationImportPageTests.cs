using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Import;

public sealed partial class OrganizationImportPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Office_UploadsPreviewsAndConfirms_AndASecretaryMayNotOpenThePage()
    {
        var province = await ProvinceAsync();
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, province.Path));
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, province.Path));
        var csv = "Tên tổ chức,Loại tổ chức,Tổ chức cấp trên,Ngày thành lập\nĐảng bộ Sở Y tế Nhập,Đảng bộ cơ sở,Tỉnh uỷ Trang Nhập,1/7/2008\n";

        var preview = await PostFileAsync(office, csv);
        var token = HiddenToken().Match(preview).Groups[1].Value;
        var confirmed = await PostFormAsync(office, "Commit", new() { ["token"] = token, ["fileName"] = "to-chuc.csv" });
        var forbidden = await secretary.GetAsync("/to-chuc/nhap", Cancel);

        Assert.Contains("Tệp hợp lệ: 1 tổ chức sẽ được nhập", preview, StringComparison.Ordinal);
        Assert.Contains("Đã nhập 1 tổ chức.", confirmed, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, forbidden.StatusCode);
        var tree = await office.GetStringAsync("/to-chuc", Cancel);
        Assert.Contains("Đảng bộ Sở Y tế Nhập", tree, StringComparison.Ordinal);
    }

    private static async Task<string> PostFileAsync(HttpClient client, string csv)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "to-chuc.csv" },
        };
        var response = await client.PostAsync("/to-chuc/nhap?handler=Preview", form, Cancel);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static async Task<string> PostFormAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client);
        var response = await client.PostAsync($"/to-chuc/nhap?handler={handler}", new FormUrlEncodedContent(fields), Cancel);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        AntiforgeryToken().Match(await client.GetStringAsync("/to-chuc/nhap", Cancel)).Groups[1].Value;

    private async Task<PartyOrganization> ProvinceAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().CreateAsync(
            new("Tỉnh uỷ Trang Nhập", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), new Decision(new DateOnly(1989, 7, 1)), Cancel)).Organization!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"token\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex HiddenToken();
}
