using System.Text.Json;
using System.Text.Json.Nodes;
using DangVu.Core.Rules;

namespace DangVu.Core.Tests.Rules;

/// <summary>The rule data is checked when loaded: each test breaks a copy of the shipped data one way.</summary>
public sealed class RuleDataValidationTests
{
    [Fact]
    public void Load_ShippedData_Loads()
    {
        var book = RuleBook.Load(ShippedData().ToJsonString());

        Assert.Equal(RuleBook.Default.Sets.Select(set => set.Id), book.Sets.Select(set => set.Id));
    }

    [Fact]
    public void Load_GapBetweenTwoSets_IsRefused()
    {
        var data = ShippedData();
        Sets(data)[1]!["validFrom"] = "2007-04-02";

        var error = Assert.Throws<RuleDataException>(() => RuleBook.Load(data.ToJsonString()));

        Assert.Contains("gap between dieu-le-2006 and chi-thi-10-2007: no rules from 2007-03-30 to 2007-04-01", error.Problems);
    }

    [Fact]
    public void Load_OverlappingSets_AreRefused()
    {
        var data = ShippedData();
        Sets(data)[0]!["validTo"] = "2007-04-05";

        var error = Assert.Throws<RuleDataException>(() => RuleBook.Load(data.ToJsonString()));

        Assert.Contains(error.Problems, problem => problem.Contains("overlap", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LastSetClosed_IsRefused()
    {
        var data = ShippedData();
        Sets(data)[^1]!["validTo"] = "2030-12-31";

        var error = Assert.Throws<RuleDataException>(() => RuleBook.Load(data.ToJsonString()));

        Assert.Contains(error.Problems, problem => problem.Contains("must stay open", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FirstSetMissingATopic_IsRefused()
    {
        var data = ShippedData();
        Sets(data)[0]!["values"]!.AsObject().Remove("ceremonyWorkingDays");

        var error = Assert.Throws<RuleDataException>(() => RuleBook.Load(data.ToJsonString()));

        Assert.Contains(error.Problems, problem => problem.Contains("\"ceremonyWorkingDays\" is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownTopicOrWrongType_IsRefused()
    {
        var data = ShippedData();
        var values = Sets(data)[1]!["values"]!.AsObject();
        values["ceremonyDays"] = JsonNode.Parse("""{ "value": 30, "source": "X", "date": null, "confirmed": false, "note": null }""");
        values["probationMonths"] = JsonNode.Parse("""{ "value": "mười hai", "source": "X", "date": null, "confirmed": false, "note": null }""");

        var error = Assert.Throws<RuleDataException>(() => RuleBook.Load(data.ToJsonString()));

        Assert.Contains(error.Problems, problem => problem.Contains("unknown topic \"ceremonyDays\"", StringComparison.Ordinal));
        Assert.Contains(error.Problems, problem => problem.StartsWith("chi-thi-10-2007.probationMonths", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_InsaneValues_AreRefused()
    {
        var data = ShippedData();
        var values = Sets(data)[0]!["values"]!.AsObject();
        values["cellVote"]!["value"] = JsonNode.Parse("""{ "numerator": 4, "denominator": 3 }""");
        values["admissionAge"]!["value"]!["maximumMonths"] = 100;
        values["excellentCap"]!["value"] = JsonNode.Parse("""{ "numerator": 0, "denominator": 5 }""");
        values["ceremonyWorkingDays"]!["value"] = null;

        var error = Assert.Throws<RuleDataException>(() => RuleBook.Load(data.ToJsonString()));

        Assert.Contains("dieu-le-2006.cellVote: the share 4/3 is not between 0 and 1", error.Problems);
        Assert.Contains("dieu-le-2006.admissionAge: the age range is empty", error.Problems);
        Assert.Contains("dieu-le-2006.excellentCap: the share 0/5 is not between 0 and 1", error.Problems);
        Assert.Contains(error.Problems, problem => problem.StartsWith("dieu-le-2006.ceremonyWorkingDays", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MisspelledField_IsRefused()
    {
        var data = ShippedData();
        Sets(data)[2]!["basis"]!["confirmd"] = true;

        Assert.Throws<RuleDataException>(() => RuleBook.Load(data.ToJsonString()));
    }

    private static JsonArray Sets(JsonNode data) => data["sets"]!.AsArray();

    private static JsonNode ShippedData()
    {
        using var stream = typeof(RuleBook).Assembly.GetManifestResourceStream("DangVu.Core.Rules.rule-sets.json")!;
        return JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
    }
}
