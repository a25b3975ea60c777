using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Admission;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Data.Admission;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Admission;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Admission;

public sealed class AdmissionApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Secretary_OpensACaseAndRecordsSteps_RefusalsNameTheRule_StaleVersionIsAConflict()
    {
        var (hospital, _) = await TwoCellsAsync("A");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var created = await secretary.PostAsJsonAsync("/api/admission/cases", Candidate("Tạ Thị Hồng", hospital.Id, hometown: "Bắc Sơn, Lạng Sơn", sector: Sector.Health, ethnicity: "Tày"), Json, Cancel);
        var admission = await created.Content.ReadFromJsonAsync<AdmissionCaseDto>(Json, Cancel);
        var overLong = await secretary.PostAsJsonAsync("/api/admission/cases", Candidate("Tạ Thị Hà", hospital.Id, hometown: new string('x', 301)), Json, Cancel);
        var missing = await secretary.PostAsJsonAsync($"/api/admission/cases/{admission!.Id}/steps",
            new RecordStepRequest { Version = 0, Step = AdmissionStep.AwarenessClass, On = new(2025, 2, 3) }, Json, Cancel);
        var recorded = await secretary.PostAsJsonAsync($"/api/admission/cases/{admission.Id}/steps",
            new RecordStepRequest { Version = 0, Step = AdmissionStep.AwarenessClass, On = new(2025, 2, 3), Documents = [.. Documents(AdmissionStep.AwarenessClass)] }, Json, Cancel);
        var stale = await secretary.PostAsJsonAsync($"/api/admission/cases/{admission.Id}/steps",
            new RecordStepRequest { Version = 0, Step = AdmissionStep.Application, On = new(2025, 3, 3), Documents = [.. Documents(AdmissionStep.Application)] }, Json, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("Tày", null, "Bắc Sơn, Lạng Sơn"), (admission.Ethnicity, admission.Religion, admission.Hometown));
        Assert.Equal(HttpStatusCode.BadRequest, overLong.StatusCode);
        var tooLong = await overLong.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel);
        Assert.Equal("Quê quán dài quá 300 ký tự.", Assert.Single(tooLong!.Errors[nameof(AdmissionCase.Hometown)]));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel);
        Assert.Contains("Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng", problem!.Errors[string.Empty][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var afterStep = await recorded.Content.ReadFromJsonAsync<AdmissionCaseDto>(Json, Cancel);
        Assert.Equal(AdmissionStep.AwarenessClass, afterStep!.Step);
        Assert.Equal(new DateOnly(2025, 2, 3), afterStep.CertificateIssuedOn);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Secretary_OfAnotherCell_NeitherSeesNorRecords_AndOfficeSeesAll()
    {
        var (hospital, school) = await TwoCellsAsync("B");
        using var own = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        using var other = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, school.Path));
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var created = await own.PostAsJsonAsync("/api/admission/cases", Candidate("Kiều Văn Sơn", hospital.Id, Gender.Male, CandidateSource.Other, 1996), Json, Cancel);
        var admission = await created.Content.ReadFromJsonAsync<AdmissionCaseDto>(Json, Cancel);

        var otherReads = await other.GetAsync($"/api/admission/cases/{admission!.Id}", Cancel);
        var otherRecords = await other.PostAsJsonAsync($"/api/admission/cases/{admission.Id}/steps",
            new RecordStepRequest { Version = 0, Step = AdmissionStep.AwarenessClass, On = new(2025, 2, 3), Documents = [.. Documents(AdmissionStep.AwarenessClass)] }, Json, Cancel);
        var otherOpens = await other.PostAsJsonAsync("/api/admission/cases", Candidate("Kiều Văn Thủy", hospital.Id, Gender.Male, CandidateSource.Other, 1996), Json, Cancel);
        var otherList = await other.GetFromJsonAsync<List<AdmissionCaseSummaryDto>>("/api/admission/cases", Json, Cancel);
        var officeList = await office.GetFromJsonAsync<List<AdmissionCaseSummaryDto>>($"/api/admission/cases?organizationId={hospital.Id}", Json, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, otherReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherRecords.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherOpens.StatusCode);
        Assert.DoesNotContain(otherList!, c => c.Id == admission.Id);
        Assert.Contains(officeList!, c => c.Id == admission.Id);
    }

    [Fact]
    public async Task Statistics_AsJsonAndXlsx_AndThePages_Answer()
    {
        var (hospital, _) = await TwoCellsAsync("C");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));

        var statistics = await office.GetFromJsonAsync<AdmissionStatisticsDto>($"/api/admission/statistics?organizationId={hospital.Id}&from=2025-01-01&to=2025-12-31", Json, Cancel);
        using var workbook = await office.GetAsync($"/api/admission/statistics.xlsx?organizationId={hospital.Id}", Cancel);
        var bytes = await workbook.Content.ReadAsByteArrayAsync(Cancel);
        var backwards = await office.GetAsync("/api/admission/statistics?from=2025-12-31&to=2025-01-01", Cancel);
        var list = await office.GetStringAsync("/ket-nap", Cancel);
        var page = await office.GetStringAsync($"/ket-nap/thong-ke?to-chuc={hospital.Id}", Cancel);

        Assert.Equal(0, statistics!.Admissions);
        Assert.Equal(1, statistics.GrassrootsOrganizations);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Kết nạp đảng viên", list, StringComparison.Ordinal);
        Assert.Contains("đảng viên được kết nạp", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_StepForm_RecordsThenRefusesTheSameStaleFormAsAConflict()
    {
        var (hospital, _) = await TwoCellsAsync("D");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        var created = await secretary.PostAsJsonAsync("/api/admission/cases", Candidate("Lâm Thị Yến", hospital.Id, source: CandidateSource.YouthUnion, birthYear: 1997), Json, Cancel);
        var admission = await created.Content.ReadFromJsonAsync<AdmissionCaseDto>(Json, Cancel);
        var path = $"/ket-nap/{admission!.Id}";
        var page = await secretary.GetStringAsync(path, Cancel);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = "0",
            ["On"] = "03/02/2025",
            ["Documents"] = Documents(AdmissionStep.AwarenessClass)[0],
        };

        using var first = await secretary.PostAsync($"{path}?handler=Step", new FormUrlEncodedContent(form), Cancel);
        using var second = await secretary.PostAsync($"{path}?handler=Step", new FormUrlEncodedContent(form), Cancel);
        var secondPage = await second.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", secondPage, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"1\"", secondPage, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Documents(AdmissionStep step) => AdmissionJudge.Documents(RuleBook.Default, step, new DateOnly(2025, 3, 1));

    private static CreateCandidateRequest Candidate(
        string name, Guid cell, Gender gender = Gender.Female, CandidateSource source = CandidateSource.TradeUnion, int birthYear = 2000,
        string? hometown = null, Sector sector = Sector.Other, string? ethnicity = null) => new()
        {
            FullName = name,
            BirthDate = new(birthYear, 2, 2),
            Gender = gender,
            Source = source,
            Sector = sector,
            Ethnicity = ethnicity,
            Hometown = hometown,
            Organization = cell,
            RegisteredOn = new(2025, 1, 6),
        };

    private async Task<(PartyOrganization Hospital, PartyOrganization School)> TwoCellsAsync(string suffix)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ Kết nạp {suffix}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var hospital = (await restructuring.CreateAsync(new($"Chi bộ Bệnh viện {suffix}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        var school = (await restructuring.CreateAsync(new($"Chi bộ Trường {suffix}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        return (hospital, school);
    }
}
