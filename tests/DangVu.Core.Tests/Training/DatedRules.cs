using System.Text.Json;
using System.Text.Json.Nodes;
using DangVu.Core.Rules;

namespace DangVu.Core.Tests.Training;

/// <summary>A copy of the shipped rule data with values changed in one rule set, to see that checks follow the set of the date.</summary>
internal static class DatedRules
{
    /// <summary>The shipped data with <paramref name="topic"/> set to <paramref name="value"/> (JSON) in the set <paramref name="setId"/>.</summary>
    public static RuleBook With(string setId, string topic, string value)
    {
        using var stream = typeof(RuleBook).Assembly.GetManifestResourceStream("DangVu.Core.Rules.rule-sets.json")!;
        var data = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var set = data["sets"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == setId)!;
        set["values"]![topic] = new JsonObject
        {
            ["value"] = JsonNode.Parse(value),
            ["source"] = "Văn bản thử nghiệm",
            ["date"] = null,
            ["confirmed"] = true,
            ["note"] = null,
        };
        return RuleBook.Load(data.ToJsonString());
    }
}
