using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DangVu.Web.Cli;

/// <summary>How verbs print <c>--json</c>: camelCase, indented, Vietnamese letters as themselves.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };
}
