using System.Net;
using DangVu.Core.Access;
using DangVu.Data;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.Web;
using DangVu.Web.Tests.Members;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Export;

public sealed class MemberExportApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_ExportsOnlyOwnSubtree_WithIdentityNumbersMasked()
    {
        var (hospital, school, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "Sec");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var bytes = await secretary.GetByteArrayAsync("/api/members/export?format=csv", Cancel);
        var csv = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3));
        var other = await secretary.GetAsync($"/api/members/export?organizationId={school.Id}", Cancel);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Họ và tên,Ngày sinh,Giới tính", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Nguyễn Thị Y Tá Sec,03/02/1990,Nữ,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",••••••••5678,Chi bộ Bệnh viện Sec,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(nurse.CitizenId!, csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Office_ExportsXlsxThatLibreOfficeReads_WithIdentityNumbersInClear_AndTheExportIsAudited()
    {
        var (hospital, _, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "Off");
        var office = await TestAccounts.CreateAsync(app.Factory, Role.Office);
        using var client = await SignedInClient.CreateAsync(app.Factory, office);

        var response = await client.GetAsync($"/api/members/export?organizationId={hospital.Id}&format=xlsx", Cancel);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(Cancel), Cancel);
        var csv = await LibreOffice.SheetAsCsvAsync(path);
        File.Delete(path);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var row = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.StartsWith("Nguyễn Thị Y Tá Off,03/02/1990,Nữ,Kinh,", row, StringComparison.Ordinal);
        Assert.Contains($",19/05/2015,19/05/2016,NOff01,{nurse.CitizenId},Chi bộ Bệnh viện Off,", row, StringComparison.Ordinal);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().AuditEntries
            .AnyAsync(e => e.Action == "view-confidential" && e.EntityId == hospital.Id.ToString() && e.Actor == office.UserName, Cancel);
        Assert.True(audited, "An export with identity numbers in clear was not written to the audit log.");
    }

    [Fact]
    public async Task ImportTemplate_ListsTheCellsTheSecretaryMayImportInto()
    {
        var (hospital, _, _, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "Tpl");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var bytes = await secretary.GetByteArrayAsync("/api/members/import-template?format=xlsx", Cancel);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Đảng viên", "Hướng dẫn", "Chi bộ"], sheets);
        var cells = workbook.WorkbookPart.WorksheetParts.Last().Worksheet.Descendants<Row>().Skip(1).Select(r => r.InnerText).ToList();
        Assert.Equal([$"Chi bộ Bệnh viện Tpl{hospital.Id}"], cells);
    }
}
