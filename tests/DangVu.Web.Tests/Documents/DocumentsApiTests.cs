using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DangVu.Core.Access;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using static DangVu.Web.Tests.Documents.DocumentTestData;

namespace DangVu.Web.Tests.Documents;

public sealed class DocumentsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task PreviewSaveGraph_Seed_SevenPlaceholdersUntilTheLetterArrives_StaleCorrectionIsAConflict()
    {
        var province = await ProvinceAsync(app.Factory, "Tỉnh uỷ API Văn Bản");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, province.Path));

        var seed = await RegisterAsync(office, province.Id, "509-TB-TU.txt");
        var before = await office.GetFromJsonAsync<DocumentGraphDto>($"/api/documents/{seed.Id}/graph", Json, Cancel);
        var letter = await RegisterAsync(office, province.Id, "945-CV-TU.txt");
        var after = await office.GetFromJsonAsync<DocumentGraphDto>($"/api/documents/{seed.Id}/graph", Json, Cancel);
        var search = await office.GetFromJsonAsync<DocumentPageDto>("/api/documents?q=thong+bao&type=tb&from=2008-05-01", Json, Cancel);
        using var corrected = await office.PutAsJsonAsync($"/api/documents/{seed.Id}", Correction(seed, 0, "Phan Thiết, Bình Thuận"), Json, Cancel);
        using var stale = await office.PutAsJsonAsync($"/api/documents/{seed.Id}", Correction(seed, 0, "Hà Nội"), Json, Cancel);

        Assert.Equal(7, before!.Cites.Count);
        Assert.All(before.Cites, c => Assert.Equal("placeholder", c.Status));
        Assert.Equal(letter.Id, after!.Cites.Single(c => c.NumberSymbol == "945-CV/TU").Document);
        Assert.Equal("registered", after.Cites.Single(c => c.NumberSymbol == "945-CV/TU").Status);
        Assert.Equal(seed.Id, Assert.Single((await office.GetFromJsonAsync<DocumentGraphDto>($"/api/documents/{letter.Id}/graph", Json, Cancel))!.CitedBy).Id);
        Assert.Equal(seed.Id, Assert.Single(search!.Items).Id);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("Phan Thiết, Bình Thuận", (await corrected.Content.ReadFromJsonAsync<DocumentDto>(Json, Cancel))!.Place);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được người khác sửa", (await stale.Content.ReadFromJsonAsync<ProblemDetails>(Json, Cancel))!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_BadFilesAndDuplicates_AreVietnameseProblems_AndOtherRolesAreRefused()
    {
        var province = await ProvinceAsync(app.Factory, "Tỉnh uỷ API Từ Chối");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office, province.Path));
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, province.Path));

        using var scan = await office.PostAsJsonAsync("/api/documents/preview", new PreviewDocumentRequest { FileName = "quet.pdf", Content = Convert.ToBase64String(PdfFromText.WithoutText()) }, Json, Cancel);
        using var notBase64 = await office.PostAsJsonAsync("/api/documents/preview", new PreviewDocumentRequest { FileName = "a.txt", Content = "!!!" }, Json, Cancel);
        using var bySecretary = await secretary.PostAsJsonAsync("/api/documents/preview", new PreviewDocumentRequest { FileName = "a.txt", Content = "YQ==" }, Json, Cancel);
        // Not a document the seed of the other test cites, so the two tests do not meet in the graph.
        var resolution = await RegisterAsync(office, province.Id, "12-NQ-DUK.txt");
        var again = await PreviewAsync(office, "12-NQ-DUK.txt");
        using var duplicate = await office.PostAsJsonAsync("/api/documents", Save(again, province.Id), Json, Cancel);
        var readBySecretary = await secretary.GetFromJsonAsync<DocumentDto>($"/api/documents/{resolution.Id}", Json, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, scan.StatusCode);
        Assert.StartsWith("Tệp PDF quet.pdf không có lớp chữ", (await scan.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel))!.Errors["content"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bySecretary.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("đã có trong sổ", (await duplicate.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel))!.Errors["numberSymbol"][0], StringComparison.Ordinal);
        Assert.Equal("12-NQ/ĐUK", readBySecretary!.NumberSymbol);
    }

    private static async Task<DocumentPreviewDto> PreviewAsync(HttpClient client, string sample)
    {
        using var response = await client.PostAsJsonAsync("/api/documents/preview",
            new PreviewDocumentRequest { FileName = sample, Content = Convert.ToBase64String(Sample(sample)) }, Json, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DocumentPreviewDto>(Json, Cancel))!;
    }

    private static async Task<DocumentDto> RegisterAsync(HttpClient client, Guid organization, string sample)
    {
        var preview = await PreviewAsync(client, sample);
        using var response = await client.PostAsJsonAsync("/api/documents", Save(preview, organization), Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DocumentDto>(Json, Cancel))!;
    }

    private static SaveDocumentRequest Save(DocumentPreviewDto preview, Guid organization)
    {
        var parts = preview.Parts;
        return new SaveDocumentRequest
        {
            Token = preview.Token,
            FileName = preview.FileName,
            Organization = organization,
            NumberSymbol = parts.NumberSymbol,
            Type = parts.Type,
            Issuer = parts.Issuer,
            Place = parts.Place,
            Date = parts.Date,
            Title = parts.Title,
            SigningAuthority = parts.SigningAuthority,
            SignerTitle = parts.SignerTitle,
            SignerName = parts.SignerName,
        };
    }

    private static UpdateDocumentRequest Correction(DocumentDto document, int version, string place) => new()
    {
        Version = version,
        NumberSymbol = document.NumberSymbol,
        Type = document.Type,
        Issuer = document.Issuer,
        Place = place,
        Date = document.Date,
        Title = document.Title,
        SigningAuthority = document.SigningAuthority,
        SignerTitle = document.SignerTitle,
        SignerName = document.SignerName,
    };
}
