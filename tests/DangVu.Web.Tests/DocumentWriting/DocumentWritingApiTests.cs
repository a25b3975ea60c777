using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Documents;
using DangVu.Core.DocumentWriting;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Documents;
using DangVu.Data.DocumentWriting;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.DocumentWriting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.DocumentWriting;

public sealed class DocumentWritingApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_ComposesIssuesAndDownloads_TheDocxReadsBackWithItsNumber_AndTheIssueIsAudited()
    {
        var (hospital, _) = await TreeAsync("A");
        var account = await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path);
        using var secretary = await SignedInClient.CreateAsync(app.Factory, account);

        var created = await secretary.PostAsJsonAsync("/api/document-writing/documents", Request(hospital.Id), Json, Cancel);
        var draft = await created.Content.ReadFromJsonAsync<WrittenDocumentDto>(Json, Cancel);
        var issued = await secretary.PostAsJsonAsync($"/api/document-writing/documents/{draft!.Id}/issue", new IssueRequest(draft.Version), Json, Cancel);
        var document = await issued.Content.ReadFromJsonAsync<WrittenDocumentDto>(Json, Cancel);
        using var docx = await secretary.GetAsync(document!.Docx, Cancel);
        using var pdf = await secretary.GetAsync(document.Pdf, Cancel);
        var changeIssued = await secretary.PutAsJsonAsync($"/api/document-writing/documents/{draft.Id}", Request(hospital.Id) with { Version = document.Version }, Json, Cancel);
        var issueAgain = await secretary.PostAsJsonAsync($"/api/document-writing/documents/{draft.Id}/issue", new IssueRequest(document.Version), Json, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(WrittenDocumentStatus.Draft, draft.Status);
        Assert.Null(draft.Serial);
        Assert.Equal("-TB/ĐU", draft.NumberSymbol);
        Assert.Equal("ĐẢNG UỶ BỆNH VIỆN A", draft.Issuer);
        Assert.Equal(["ĐẢNG BỘ KHỐI CƠ QUAN A"], draft.IssuerParents);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal((1, "1-TB/ĐU", "năm 2008"), (document.Serial, document.NumberSymbol, document.SerialPeriod));
        Assert.Equal(WrittenDocumentFiles.DocxContentType, docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1-tb-du.docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var parsed = DocumentParser.Parse(DocxText.Read(await docx.Content.ReadAsStreamAsync(Cancel)));
        Assert.Equal(("1-TB/ĐU", "ĐẢNG UỶ BỆNH VIỆN A", new DateOnly(2008, 5, 22)), (parsed.NumberSymbol, parsed.Issuer, parsed.Date));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Cancel), 0, 4), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, changeIssued.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, issueAgain.StatusCode);
        Assert.Contains("đã phát hành", (await issueAgain.Content.ReadFromJsonAsync<ProblemDetails>(Json, Cancel))!.Detail, StringComparison.Ordinal);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var audit = await context.AuditEntries.Where(e => e.Action == DocumentIssuing.AuditAction && e.EntityId == draft.Id.ToString()).SingleAsync(Cancel);
        Assert.Contains("1-TB/ĐU", audit.Details, StringComparison.Ordinal);
        Assert.Equal(account.UserName, audit.Actor);
    }

    [Fact]
    public async Task Create_WrongDateMissingTitleOverLongPlace_AreRefusedInVietnameseByField()
    {
        var (hospital, _) = await TreeAsync("B");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var refused = await secretary.PostAsJsonAsync("/api/document-writing/documents",
            Request(hospital.Id) with { Date = "31/02/2008", Title = " ", Place = new string('P', 101) }, Json, Cancel);
        var noOrganization = await secretary.PostAsJsonAsync("/api/document-writing/documents", Request(hospital.Id) with { Organization = null }, Json, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel);
        Assert.Equal("Không đọc được ngày “31/02/2008”: hãy viết ngày/tháng/năm, ví dụ 22/05/2008.", problem!.Errors["Date"][0]);
        Assert.Equal("Văn bản phải có trích yếu (tiêu đề).", problem.Errors["Title"][0]);
        Assert.Equal("Địa danh dài quá 100 ký tự (hiện có 101).", problem.Errors["Place"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, noOrganization.StatusCode);
        Assert.Equal("Hãy chọn tổ chức ban hành.", (await noOrganization.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel))!.Errors["Organization"][0]);
    }

    [Fact]
    public async Task SecretaryOfAnotherUnit_NeitherSeesNorWritesForIt_OfficeOfTheTreeDoes()
    {
        var (hospital, school) = await TreeAsync("C");
        using var own = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        using var other = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, school.Path));
        using var inspection = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Inspection));
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var created = await own.PostAsJsonAsync("/api/document-writing/documents", Request(hospital.Id), Json, Cancel);
        var draft = (await created.Content.ReadFromJsonAsync<WrittenDocumentDto>(Json, Cancel))!;

        var otherReads = await other.GetAsync($"/api/document-writing/documents/{draft.Id}", Cancel);
        var otherDownloads = await other.GetAsync(draft.Pdf, Cancel);
        var otherIssues = await other.PostAsJsonAsync($"/api/document-writing/documents/{draft.Id}/issue", new IssueRequest(draft.Version), Json, Cancel);
        var otherWritesForIt = await other.PostAsJsonAsync("/api/document-writing/documents", Request(hospital.Id), Json, Cancel);
        var otherList = await other.GetFromJsonAsync<List<WrittenDocumentDto>>("/api/document-writing/documents", Json, Cancel);
        var otherIssuers = await other.GetFromJsonAsync<List<IssuerDto>>("/api/document-writing/issuers", Json, Cancel);
        var inspectionReads = await inspection.GetAsync($"/api/document-writing/documents/{draft.Id}", Cancel);
        var officeReads = await office.GetAsync($"/api/document-writing/documents/{draft.Id}", Cancel);
        var officeIssuers = await office.GetFromJsonAsync<List<IssuerDto>>("/api/document-writing/issuers", Json, Cancel);
        var otherPage = await other.GetAsync($"/van-ban/soan/{draft.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, otherReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDownloads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherIssues.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherWritesForIt.StatusCode);
        Assert.DoesNotContain(otherList!, d => d.Id == draft.Id);
        Assert.Equal([school.Id], otherIssuers!.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.Forbidden, inspectionReads.StatusCode);
        Assert.Equal(HttpStatusCode.OK, officeReads.StatusCode);
        Assert.Contains(officeIssuers!, i => i.Id == hospital.Id && i.IssuerCode == "ĐU");
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Set<WrittenDocument>().SingleAsync(d => d.Id == draft.Id, Cancel)).Serial);
    }

    [Fact]
    public async Task Pages_ComposeWithAWrongDateIsRefused_ThenSaveIssueAndDownloadLinks()
    {
        var (hospital, _) = await TreeAsync("D");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        var fields = Form(hospital.Id);

        var refused = await SignedInClient.PostFormAsync(secretary, "/van-ban/soan/moi", new(fields) { ["Date"] = "22/13/2008" });
        var saved = await SignedInClient.PostFormAsync(secretary, "/van-ban/soan/moi", fields);
        var location = saved.Headers.Location!.OriginalString;
        var preview = await secretary.GetStringAsync(location, Cancel);
        var page = location.Split('?')[0];
        var issued = await IssueThroughPageAsync(secretary, page, preview);
        var after = await secretary.GetStringAsync(issued.Headers.Location!.OriginalString, Cancel);
        var list = await secretary.GetStringAsync("/van-ban/soan", Cancel);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Không đọc được ngày “22/13/2008”", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Phan Thiết\"", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Đã lưu dự thảo.", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);
        Assert.Contains("Số      -KH/ĐU", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var issuedPage = WebUtility.HtmlDecode(after);
        Assert.Contains("Đã phát hành văn bản số 1-KH/ĐU.", issuedPage, StringComparison.Ordinal);
        Assert.Contains("/docx\"", issuedPage, StringComparison.Ordinal);
        Assert.Contains("/pdf\"", issuedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Phát hành và cấp số", issuedPage, StringComparison.Ordinal);
        Assert.Contains("1-KH/ĐU", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
    }

    /// <summary>Posts the page's issue form (its CSRF token taken from the page already shown).</summary>
    private static async Task<HttpResponseMessage> IssueThroughPageAsync(HttpClient client, string page, string shown)
    {
        var token = System.Text.RegularExpressions.Regex.Match(shown, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync(page + "?handler=Issue",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "0", ["__RequestVerificationToken"] = token }), Cancel);
    }

    private static DocumentRequest Request(Guid organization) => new()
    {
        Organization = organization,
        TypeCode = "TB",
        Place = "Phan Thiết",
        Date = "22/05/2008",
        Title = "về công tác phát triển đảng viên",
        Body = ["I- Tình hình:", "Đã kết nạp 12 đảng viên.", "II- Nhiệm vụ:", "1- Tiếp tục bồi dưỡng quần chúng ưu tú."],
        Recipients = ["Đảng uỷ khối", "Lưu Văn phòng"],
        SigningKind = SigningAuthorityKind.OnBehalfOf,
        SigningBody = "Đảng uỷ",
        SignerTitle = "Bí thư",
        SignerName = "Nguyễn Văn Hoà",
    };

    private static Dictionary<string, string> Form(Guid organization) => new()
    {
        ["Organization"] = organization.ToString(),
        ["TypeCode"] = "KH",
        ["Place"] = "Phan Thiết",
        ["Date"] = "22/05/2008",
        ["Title"] = "tổ chức học tập Nghị quyết",
        ["Body"] = "I- Mục đích:\n1- Học tập nghiêm túc.",
        ["Recipients"] = "Đảng uỷ khối\nLưu",
        ["SigningKind"] = nameof(SigningAuthorityKind.OnBehalfOf),
        ["SigningBody"] = "Đảng uỷ",
        ["SignerTitle"] = "Bí thư",
        ["SignerName"] = "Nguyễn Văn Hoà",
    };

    private async Task<(PartyOrganization Hospital, PartyOrganization School)> TreeAsync(string suffix)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ Văn bản {suffix}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var bloc = (await restructuring.CreateAsync(new($"Đảng uỷ khối cơ quan {suffix}", OrganizationKind.BlocCommittee, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        var hospital = (await restructuring.CreateAsync(new($"Đảng bộ Bệnh viện {suffix}", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, bloc.Id), founded, Cancel)).Organization!;
        var school = (await restructuring.CreateAsync(new($"Chi bộ Trường {suffix}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, bloc.Id), founded, Cancel)).Organization!;
        return (hospital, school);
    }
}
