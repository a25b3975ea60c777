using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DangVu.TestCommon.Web;

/// <summary>An HTTP client that signs in through the login form, as a browser would (cookie and CSRF token).</summary>
public static partial class SignedInClient
{
    public static HttpClient Anonymous(DangVuAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> CreateAsync(DangVuAppFactory factory, TestAccount account)
    {
        var client = Anonymous(factory);
        var response = await PostFormAsync(client, "/dang-nhap", new()
        {
            ["Input.UserName"] = account.UserName,
            ["Input.Password"] = account.Password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {account.UserName} failed: {response.StatusCode}");
        }

        return client;
    }

    /// <summary>GETs the form's page for its CSRF token, then posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No CSRF token on {path}.");
        }

        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
