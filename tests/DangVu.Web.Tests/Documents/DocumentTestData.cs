using System.Net;
using System.Text.RegularExpressions;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Documents;

/// <summary>Samples, a province per test and the upload form as a browser posts it.</summary>
internal static partial class DocumentTestData
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Documents", name));

    public static async Task<PartyOrganization> ProvinceAsync(DangVuAppFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().CreateAsync(
            new(name, OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), new Decision(new DateOnly(1990, 1, 1)), Cancel)).Organization!;
    }

    /// <summary>Posts a file to the upload page's preview; returns the status and the page.</summary>
    public static async Task<(HttpStatusCode Status, string Page)> PreviewAsync(HttpClient client, string fileName, byte[] bytes)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await CsrfAsync(client)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        using var response = await client.PostAsync("/van-ban/tai-len?handler=Preview", form, Cancel);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)));
    }

    /// <summary>Saves the previewed file with the form's fields (as the preview filled them, then <paramref name="fields"/>).</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string previewPage, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(previewPage))
        {
            values[input.Groups["name"].Value] = WebUtility.HtmlDecode(input.Groups["value"].Value);
        }

        foreach (Match area in TextArea().Matches(previewPage))
        {
            values[area.Groups["name"].Value] = WebUtility.HtmlDecode(area.Groups["value"].Value);
        }

        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        values["__RequestVerificationToken"] = await CsrfAsync(client);
        return await client.PostAsync("/van-ban/tai-len?handler=Save", new FormUrlEncodedContent(values), Cancel);
    }

    public static async Task<string> CsrfAsync(HttpClient client) =>
        Csrf().Match(await client.GetStringAsync("/van-ban/tai-len", Cancel)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Csrf();

    [GeneratedRegex("<input (?:type=\"(?:text|hidden)\" )?(?:id=\"[^\"]*\" )?name=\"(?<name>(?:Form\\.[A-Za-z]+|Token|FileName))\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea id=\"[^\"]*\" name=\"(?<name>Form\\.[A-Za-z]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();
}
