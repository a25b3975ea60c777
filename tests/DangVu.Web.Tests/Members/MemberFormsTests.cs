using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DangVu.Core.Access;
using DangVu.Data;
using DangVu.Data.Members;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Members;

/// <summary>Putting members on the rolls and correcting their files, by the API and by the pages, within each caller's reach.</summary>
public sealed partial class MemberFormsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_SecretaryOfOneOrganization_CreatesAndEditsOnlyInsideIt()
    {
        var (hospital, school, nurse, teacher) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "ApiSec");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var inside = await secretary.PostAsJsonAsync("/api/members", NewFile(hospital.Id, "Trần Thị Hạnh"), Cancel);
        var outside = await secretary.PostAsJsonAsync("/api/members", NewFile(school.Id, "Trần Thị Lạ"), Cancel);
        var editInside = await secretary.PutAsJsonAsync($"/api/members/{nurse.Id}", EditedFile(nurse, version: 0, position: "Điều dưỡng trưởng"), Cancel);
        var editOutside = await secretary.PutAsJsonAsync($"/api/members/{teacher.Id}", EditedFile(teacher, version: 0, position: "Hiệu trưởng"), Cancel);

        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        var created = await inside.Content.ReadFromJsonAsync<MemberDetailDto>(Cancel);
        Assert.Equal(("Trần Thị Hạnh", "Trung cấp", "Phật giáo", true), (created!.FullName, created.TheoryLevel, created.Religion, created.TradeUnionMember));
        Assert.Equal($"/api/members/{created.Id}", inside.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editInside.StatusCode);
        Assert.Equal("Điều dưỡng trưởng", (await editInside.Content.ReadFromJsonAsync<MemberDetailDto>(Cancel))!.Position);
        Assert.Equal(HttpStatusCode.NotFound, editOutside.StatusCode);
        var stored = await FindAsync(teacher.Id);
        Assert.Equal((null, 0), (stored.Position, stored.Version));
        Assert.False(await AnyMemberNamedAsync("Trần Thị Lạ"));
    }

    [Fact]
    public async Task Api_Secretary_KeepsIdentityNumbersAsShownButCannotSetThem()
    {
        var (hospital, _, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "ApiIdn");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        var shown = await secretary.GetFromJsonAsync<MemberDetailDto>($"/api/members/{nurse.Id}", Cancel);

        var roundTrip = await secretary.PutAsJsonAsync($"/api/members/{nurse.Id}",
            EditedFile(nurse, version: 0, position: "Phó khoa", cardNumber: shown!.CardNumber, citizenId: shown.CitizenId), Cancel);
        var replace = await secretary.PutAsJsonAsync($"/api/members/{nurse.Id}", EditedFile(nurse, version: 1, citizenId: "060099999999"), Cancel);
        var clear = await secretary.PutAsJsonAsync($"/api/members/{nurse.Id}", EditedFile(nurse, version: 1, cardNumber: ""), Cancel);
        var createWithIdentity = await secretary.PostAsJsonAsync("/api/members", NewFile(hospital.Id, "Lê Văn Số", citizenId: "060011112222"), Cancel);

        Assert.Equal(HttpStatusCode.OK, roundTrip.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replace.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clear.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, createWithIdentity.StatusCode);
        var stored = await FindAsync(nurse.Id);
        Assert.Equal((nurse.CitizenId, "NApiIdn01", "Phó khoa"), (stored.CitizenId, stored.CardNumber, stored.Position));
    }

    [Fact]
    public async Task Api_Office_SetsIdentityNumbers_StaleVersionGets409_BadValuesGetVietnameseMessagesByField()
    {
        var (_, _, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "ApiOff");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));

        var saved = await office.PutAsJsonAsync($"/api/members/{nurse.Id}", EditedFile(nurse, version: 0, citizenId: "060077778888", cardNumber: "NApiOff99"), Cancel);
        var stale = await office.PutAsJsonAsync($"/api/members/{nurse.Id}", EditedFile(nurse, version: 0, position: "Ghi đè"), Cancel);
        var bad = await office.PutAsJsonAsync($"/api/members/{nurse.Id}", EditedFile(nurse, version: 1, citizenId: "12345", birthDate: "2016-01-01"), Cancel);
        var missing = await office.PutAsJsonAsync($"/api/members/{nurse.Id}", new { fullName = "Nguyễn Thị Y Tá", version = 1 }, Cancel);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", (await stale.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = await ErrorsAsync(bad);
        Assert.Equal(["Số căn cước công dân phải gồm đúng 12 chữ số."], errors["CitizenId"]);
        Assert.Equal(["Ngày sinh phải trước ngày vào Đảng."], errors["BirthDate"]);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var required = await ErrorsAsync(missing);
        Assert.Equal(["Hãy nhập ngày sinh."], required["BirthDate"]);
        Assert.Equal(["Hãy chọn giới tính."], required["Gender"]);
        var stored = await FindAsync(nurse.Id);
        Assert.Equal(("060077778888", "NApiOff99", null, 1), (stored.CitizenId, stored.CardNumber, stored.Position, stored.Version));
    }

    [Fact]
    public async Task Pages_SecretaryOfOneOrganization_CannotCreateOrEditOutsideIt()
    {
        var (hospital, school, nurse, teacher) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "PgSec");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));

        var createPage = await secretary.GetStringAsync("/dang-vien/them", Cancel);
        var editOwn = await secretary.GetAsync($"/dang-vien/{nurse.Id}/sua", Cancel);
        var editOther = await secretary.GetAsync($"/dang-vien/{teacher.Id}/sua", Cancel);
        var token = await TokenAsync(secretary);
        var createOutside = await PostAsync(secretary, "/dang-vien/them", token, PageFile("Trần Thị Lạ", school.Id));
        var postOther = await PostAsync(secretary, $"/dang-vien/{teacher.Id}/sua", token, PageFile("Nguyễn Văn Đổi", null, version: 0));

        Assert.Contains($"value=\"{hospital.Id}\"", createPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{school.Id}\"", createPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, editOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editOther.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, createOutside.StatusCode);
        Assert.Contains("/khong-du-quyen", createOutside.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, postOther.StatusCode);
        Assert.False(await AnyMemberNamedAsync("Trần Thị Lạ"));
        Assert.Equal("Nguyễn Văn Giáo PgSec", (await FindAsync(teacher.Id)).FullName);
    }

    [Fact]
    public async Task CreatePage_BadInput_ShowsVietnameseMessagesByTheFieldsAndKeepsWhatWasTyped()
    {
        var (hospital, _, _, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "PgVal");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        var token = await TokenAsync(office);
        var fields = PageFile("   ", hospital.Id);
        fields["Input.BirthDate"] = "31/02/1990";
        fields["Input.CitizenId"] = "0600";
        fields["Input.Religion"] = "Công giáo";

        var response = await PostAsync(office, "/dang-vien/them", token, fields);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hồ sơ chưa lưu được", html, StringComparison.Ordinal);
        Assert.Matches(FieldError("FullName", "Họ và tên không được để trống."), html);
        Assert.Matches(FieldError("BirthDate", "Không đọc được ngày sinh “31/02/1990”"), html);
        Assert.Contains("value=\"31/02/1990\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Công giáo\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);

        fields["Input.FullName"] = "Đoàn Thị Thư";
        fields["Input.BirthDate"] = "1990-02-28";
        var second = await (await PostAsync(office, "/dang-vien/them", token, fields)).Content.ReadAsStringAsync(Cancel);
        Assert.Matches(FieldError("CitizenId", "Số căn cước công dân phải gồm đúng 12 chữ số."), second);

        fields["Input.CitizenId"] = "060 090 000 111";
        var saved = await PostAsync(office, "/dang-vien/them", token, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await office.GetStringAsync(saved.Headers.Location!.OriginalString, Cancel);
        Assert.Contains("Đã lưu hồ sơ.", profile, StringComparison.Ordinal);
        Assert.Contains("Đoàn Thị Thư", profile, StringComparison.Ordinal);
        Assert.Contains("28/02/1990", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_SomeoneElseSavedMeanwhile_ShowsTheConflictAndKeepsTheInput()
    {
        var (hospital, _, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "PgCon");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        var form = await secretary.GetStringAsync($"/dang-vien/{nurse.Id}/sua", Cancel);
        Assert.Contains("name=\"Input.Version\" value=\"0\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.CitizenId\"", form, StringComparison.Ordinal);
        Assert.Contains("••••••••5678", form, StringComparison.Ordinal);
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/members/{nurse.Id}", EditedFile(nurse, version: 0, position: "Trưởng khoa"), Cancel)).StatusCode);

        var token = await TokenAsync(secretary);
        var fields = PageFile("Nguyễn Thị Y Tá PgCon", null, version: 0);
        fields["Input.Hometown"] = "Tuy Phong";
        fields["Input.CitizenId"] = "060099999999";
        var response = await PostAsync(secretary, $"/dang-vien/{nurse.Id}/sua", token, fields);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tuy Phong\"", html, StringComparison.Ordinal);
        Assert.Contains("Bản đang lưu: Trưởng khoa", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Equal(("Trưởng khoa", null), ((await FindAsync(nurse.Id)).Position, (await FindAsync(nurse.Id)).Hometown));

        // Saving again, knowingly, overwrites; the identity number a secretary may not see is left as it was.
        fields["Input.Version"] = "1";
        var again = await PostAsync(secretary, $"/dang-vien/{nurse.Id}/sua", token, fields);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var stored = await FindAsync(nurse.Id);
        Assert.Equal(("Tuy Phong", null, nurse.CitizenId, 2), (stored.Hometown, stored.Position, stored.CitizenId, stored.Version));
    }

    [Fact]
    public async Task Pages_ListAndProfile_LinkToTheFormsForThoseWhoMayUseThem()
    {
        var (hospital, _, nurse, _) = await MemberFixtures.TwoOrganizationsAsync(app.Factory, "PgLnk");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, hospital.Path));
        using var inspector = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Inspection));

        Assert.Contains("href=\"/dang-vien/them\"", await secretary.GetStringAsync("/dang-vien", Cancel), StringComparison.Ordinal);
        Assert.Contains($"href=\"/dang-vien/{nurse.Id}/sua\"", await secretary.GetStringAsync($"/dang-vien/{nurse.Id}", Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/dang-vien/them\"", await inspector.GetStringAsync("/dang-vien", Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain("/sua\"", await inspector.GetStringAsync($"/dang-vien/{nurse.Id}", Cancel), StringComparison.Ordinal);
    }

    private static Regex FieldError(string field, string message) =>
        new($"class=\"field-error\" id=\"member-{field}-error\">{Regex.Escape(message)}");

    private static object NewFile(Guid organization, string name, string? citizenId = null) => new
    {
        organization,
        fullName = name,
        birthDate = "1992-07-14",
        gender = "Female",
        ethnicity = "Kinh",
        religion = "Phật giáo",
        theoryLevel = "Intermediate",
        sector = "Health",
        tradeUnionMember = true,
        admittedOn = "2018-05-19",
        citizenId,
    };

    private static Dictionary<string, object?> EditedFile(
        PartyMember member, int version, string? position = null, string? cardNumber = null, string? citizenId = null, string? birthDate = null)
    {
        var file = new Dictionary<string, object?>
        {
            ["fullName"] = member.FullName,
            ["birthDate"] = birthDate ?? member.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["gender"] = member.Gender.ToString(),
            ["ethnicity"] = member.Ethnicity,
            ["sector"] = member.Sector.ToString(),
            ["position"] = position,
            ["admittedOn"] = member.AdmittedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["officialOn"] = member.OfficialOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = version,
        };
        if (cardNumber is not null)
        {
            file["cardNumber"] = cardNumber;
        }

        if (citizenId is not null)
        {
            file["citizenId"] = citizenId;
        }

        return file;
    }

    private static Dictionary<string, string> PageFile(string name, Guid? organization, int? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.FullName"] = name,
            ["Input.BirthDate"] = "03/02/1990",
            ["Input.Gender"] = "Female",
            ["Input.Ethnicity"] = "Kinh",
            ["Input.Sector"] = "Health",
            ["Input.TheoryLevel"] = "None",
            ["Input.AdmittedOn"] = "19/05/2015",
            ["Input.OfficialOn"] = "19/05/2016",
        };
        if (organization is { } cell)
        {
            fields["Input.Organization"] = cell.ToString();
        }

        if (version is { } read)
        {
            fields["Input.Version"] = read.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fields;
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/dang-vien", Cancel);
        return AntiforgeryToken().Match(page).Groups[1].Value;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, Dictionary<string, string> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }), Cancel);

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString() ?? string.Empty).ToArray());
    }

    private async Task<PartyMember> FindAsync(Guid id)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MemberQueries>().FindAsync(id, Cancel))!;
    }

    private async Task<bool> AnyMemberNamedAsync(string name)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Members.AnyAsync(m => m.FullName == name, Cancel);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
