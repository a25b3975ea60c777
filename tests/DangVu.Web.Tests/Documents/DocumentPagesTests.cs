using System.Net;
using System.Text;
using DangVu.Core.Access;
using DangVu.Data;
using DangVu.Data.Documents;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DangVu.Web.Tests.Documents.DocumentTestData;

namespace DangVu.Web.Tests.Documents;

public sealed class DocumentPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string> BadFiles() => new()
    {
        { "anh.png", "không phải .txt, .docx hay .pdf" },
        { "ban-quet.pdf", "không có lớp chữ" },
        { "hong.pdf", "Không đọc được tệp PDF hong.pdf" },
        { "hong.docx", "Không đọc được tệp Word" },
        { "cu.doc", "Word 97–2003" },
        { "qua-lon.txt", "Tệp lớn hơn 20 MB" },
        { "trong.txt", "Hãy chọn một tệp văn bản" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_FileTheRegisterDoesNotTake_SaysWhyInVietnamese(string fileName, string message)
    {
        var province = await ProvinceAsync(app.Factory, $"Tỉnh uỷ Tệp {fileName}");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, province.Path));
        byte[] bytes = fileName switch
        {
            "anh.png" => [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0],
            "ban-quet.pdf" => PdfFromText.WithoutText(),
            "hong.pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"),
            "hong.docx" => "PK\u0003\u0004hỏng"u8.ToArray(),
            "cu.doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            "qua-lon.txt" => new byte[(int)DocumentLimits.FileBytes + 1],
            _ => [],
        };

        var (status, page) = await PreviewAsync(office, fileName, bytes);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lưu vào sổ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_Draft_MarksDoubtfulPartsListsWarnings_AndSavesTheCorrection()
    {
        var province = await ProvinceAsync(app.Factory, "Đảng uỷ xã Hàm Hiệp Thử");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, province.Path));

        var (status, preview) = await PreviewAsync(office, "KH-DU-du-thao.txt", Sample("KH-DU-du-thao.txt"));
        // The draft's blank serial and blank day are read as blanks, marked and explained; what was read stays editable.
        using var refused = await SaveAsync(office, preview, new() { ["Organization"] = province.Id.ToString() });
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel));
        using var saved = await SaveAsync(office, preview, new()
        {
            ["Organization"] = province.Id.ToString(),
            ["Form.NumberSymbol"] = "09 - KH/ĐU",
            ["Form.Date"] = "05/10/2021",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Số văn bản để trống (-KH/ĐU)", preview, StringComparison.Ordinal);
        Assert.Contains("Ngày ban hành để trống", preview, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_NumberSymbol-doubt\"", preview, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Date-doubt\"", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Form_SignerName-doubt\"", preview, StringComparison.Ordinal);
        Assert.Contains("value=\"Lê Văn Cường\"", preview, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập ngày ban hành", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.StartsWith("/van-ban/", location, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await office.GetStringAsync(location, Cancel));
        Assert.Contains("Đã đăng ký văn bản vào sổ.", page, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 09-KH/ĐU", page, StringComparison.Ordinal);
        Assert.Contains("26-HD/BTCTW", page, StringComparison.Ordinal);
        Assert.Contains("chưa có trong sổ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_OutsideTheCallersSubtree_Answers404_AndDownloadsAreAudited()
    {
        var province = await ProvinceAsync(app.Factory, "Tỉnh uỷ Phạm Vi");
        var other = await ProvinceAsync(app.Factory, "Tỉnh uỷ Khác Phạm Vi");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, province.Path));
        using var outsider = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, other.Path));
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, province.Path));
        var (_, preview) = await PreviewAsync(office, "945-CV-TU.txt", Sample("945-CV-TU.txt"));
        using var saved = await SaveAsync(office, preview, new() { ["Organization"] = province.Id.ToString() });
        var location = saved.Headers.Location!.OriginalString.Split('?')[0];

        using var outsiderPage = await outsider.GetAsync(location, Cancel);
        using var outsiderFile = await outsider.GetAsync($"{location}/tep", Cancel);
        using var outsiderApi = await outsider.GetAsync($"/api{location.Replace("/van-ban", "/documents", StringComparison.Ordinal)}", Cancel);
        var outsiderSearch = await outsider.GetStringAsync("/van-ban?so=945", Cancel);
        // The other province's office may not put a file in this province's register either.
        var (_, foreignPreview) = await PreviewAsync(outsider, "945-CV-TU.txt", Sample("945-CV-TU.txt"));
        using var foreignSave = await SaveAsync(outsider, foreignPreview, new() { ["Organization"] = province.Id.ToString(), ["Form.Date"] = "15/04/2008" });
        using var memberFile = await member.GetAsync($"{location}/tep", Cancel);
        using var memberUpload = await member.GetAsync("/van-ban/tai-len", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, outsiderPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderFile.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderApi.StatusCode);
        Assert.Contains("0 văn bản", outsiderSearch, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, foreignSave.StatusCode);
        Assert.Contains("/khong-du-quyen", foreignSave.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, memberFile.StatusCode);
        Assert.Equal(Sample("945-CV-TU.txt"), await memberFile.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("945-CV-TU.txt", memberFile.Content.Headers.ContentDisposition?.FileNameStar ?? memberFile.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(HttpStatusCode.Redirect, memberUpload.StatusCode);
        Assert.Contains("/khong-du-quyen", memberUpload.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var id = location.Split('/')[^1];
        Assert.Equal(1, await context.AuditEntries.CountAsync(e => e.Action == "download-document" && e.EntityId == id, Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.Action == "create" && e.EntityType == nameof(RegisteredDocument) && e.EntityId == id, Cancel));
    }

    [Fact]
    public async Task Search_ByFoldedWordsAndDates_PagesThroughTheRegister()
    {
        var province = await ProvinceAsync(app.Factory, "Tỉnh uỷ Tìm Kiếm");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, province.Path));
        var (_, preview) = await PreviewAsync(office, "12-NQ-DUK.txt", Sample("12-NQ-DUK.txt"));
        using var saved = await SaveAsync(office, preview, new() { ["Organization"] = province.Id.ToString() });

        var found = WebUtility.HtmlDecode(await office.GetStringAsync("/van-ban?q=sinh+hoat+chi+bo&tu=01/01/2009&den=31/01/2009", Cancel));
        var none = WebUtility.HtmlDecode(await office.GetStringAsync("/van-ban?q=sinh+hoat+chi+bo&tu=01/02/2009", Cancel));
        var badDate = WebUtility.HtmlDecode(await office.GetStringAsync("/van-ban?tu=31/02/2009", Cancel));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("12-NQ/ĐUK", found, StringComparison.Ordinal);
        Assert.Contains("1 văn bản", found, StringComparison.Ordinal);
        Assert.Contains("0 văn bản", none, StringComparison.Ordinal);
        Assert.Contains("Không đọc được từ ngày “31/02/2009”", badDate, StringComparison.Ordinal);
    }
}
