using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Text;

namespace DangVu.Core.Rules;

/// <summary>
/// Every rule set, one per period, without gaps or overlaps from the first to today and on. Code asks for
/// "the rules on date D" (<see cref="On"/>) and judges by that set. The data is the embedded
/// <c>Rules/Data/rule-sets.json</c> (<see cref="Default"/>); it is checked when loaded.
/// </summary>
public sealed class RuleBook
{
    private const string ResourceName = "DangVu.Core.Rules.rule-sets.json";

    private static readonly Lazy<RuleBook> LazyDefault = new(() =>
    {
        using var stream = typeof(RuleBook).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Load(stream);
    });

    private RuleBook(IReadOnlyList<RuleSet> sets) => Sets = sets;

    /// <summary>The rule sets shipped with DangVu.</summary>
    public static RuleBook Default => LazyDefault.Value;

    /// <summary>Every set, oldest first.</summary>
    public IReadOnlyList<RuleSet> Sets { get; }

    /// <summary>The first day any set covers.</summary>
    public DateOnly Earliest => Sets[0].ValidFrom;

    /// <summary>The rule set in force on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before <see cref="Earliest"/>.</exception>
    public RuleSet On(DateOnly date) =>
        TryOn(date, out var set) ? set
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"No rule set covers {date:yyyy-MM-dd}; the first starts on {Earliest:yyyy-MM-dd}.");

    /// <summary>The rule set in force on <paramref name="date"/>; false before <see cref="Earliest"/>.</summary>
    public bool TryOn(DateOnly date, [NotNullWhen(true)] out RuleSet? set)
    {
        set = Sets.LastOrDefault(candidate => candidate.ValidFrom <= date);
        return set is not null;
    }

    /// <summary>The set with the identifier <paramref name="id"/>, or null.</summary>
    public RuleSet? Find(string id) => Sets.FirstOrDefault(set => set.Id == id);

    /// <summary>Why DangVu has no rules for <paramref name="date"/>, in Vietnamese; null when it has.</summary>
    public string? Uncovered(DateOnly date) => date >= Earliest ? null
        : $"DangVu chỉ có quy định từ ngày {VietnameseDates.Numeric(Earliest)}; chưa có quy định cho ngày {VietnameseDates.Numeric(date)}.";

    /// <summary>
    /// Reads rule sets from JSON (the shape of <c>rule-sets.json</c>) and checks them: the periods follow each other
    /// day after day with no gap or overlap and the last is open; the first set states every topic; a later set
    /// states only what changes (the rest carries on, source and all); every value is of its topic's type and sane.
    /// </summary>
    /// <exception cref="RuleDataException">The data is malformed or inconsistent; the message lists every problem.</exception>
    public static RuleBook Load(Stream json)
    {
        RuleBookData? data;
        try
        {
            data = JsonSerializer.Deserialize<RuleBookData>(json, RuleData.Options);
        }
        catch (JsonException exception)
        {
            throw new RuleDataException([$"the rule data is not valid JSON of the expected shape: {exception.Message}"]);
        }

        return Build(data?.Sets ?? []);
    }

    /// <summary>As <see cref="Load(Stream)"/>, from a string.</summary>
    public static RuleBook Load(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream);
    }

    private static RuleBook Build(IReadOnlyList<RuleSetData> data)
    {
        var problems = new List<string>();
        if (data.Count == 0)
        {
            throw new RuleDataException(["there is no rule set"]);
        }

        CheckPeriods(data, problems);
        var sets = new List<RuleSet>();
        Dictionary<string, RuleEntry>? previous = null;
        foreach (var setData in data)
        {
            var entries = new Dictionary<string, RuleEntry>();
            var values = setData.Values ?? [];
            foreach (var key in values.Keys.Where(key => RuleTopics.All.All(topic => topic.Key != key)))
            {
                problems.Add($"{setData.Id}: unknown topic \"{key}\"");
            }

            foreach (var topic in RuleTopics.All)
            {
                if (values.TryGetValue(topic.Key, out var valueData))
                {
                    if (Read(setData.Id, topic, valueData, problems) is { } entry)
                    {
                        var before = previous?.GetValueOrDefault(topic.Key);
                        entries[topic.Key] = entry with { IsChanged = before is null || !RuleData.SameValue(before, entry) };
                    }
                }
                else if (previous?.GetValueOrDefault(topic.Key) is { } carried)
                {
                    entries[topic.Key] = carried with { IsChanged = false };
                }
                else if (previous is null)
                {
                    problems.Add($"{setData.Id}: the first rule set must state every topic; \"{topic.Key}\" is missing");
                }
            }

            if (string.IsNullOrWhiteSpace(setData.Basis.Source))
            {
                problems.Add($"{setData.Id}: the basis names no document");
            }

            var basis = new RuleSource(setData.Basis.Source, setData.Basis.Date, setData.Basis.Confirmed, setData.Basis.Note);
            sets.Add(new RuleSet(setData.Id, setData.Name, setData.ValidFrom, setData.ValidTo, basis,
                RuleTopics.All.Where(topic => entries.ContainsKey(topic.Key)).Select(topic => entries[topic.Key]).ToList()));
            previous = entries;
        }

        if (problems.Count > 0)
        {
            throw new RuleDataException(problems);
        }

        return new RuleBook(sets);
    }

    private static void CheckPeriods(IReadOnlyList<RuleSetData> data, List<string> problems)
    {
        foreach (var duplicate in data.GroupBy(set => set.Id).Where(group => group.Count() > 1))
        {
            problems.Add($"the identifier \"{duplicate.Key}\" is used by {duplicate.Count()} rule sets");
        }

        for (var i = 0; i < data.Count; i++)
        {
            var set = data[i];
            if (string.IsNullOrWhiteSpace(set.Id) || string.IsNullOrWhiteSpace(set.Name))
            {
                problems.Add($"rule set {i + 1} has no identifier or no name");
            }

            if (set.ValidTo is { } to && to < set.ValidFrom)
            {
                problems.Add($"{set.Id}: ends ({to:yyyy-MM-dd}) before it starts ({set.ValidFrom:yyyy-MM-dd})");
            }

            if (i == data.Count - 1)
            {
                if (set.ValidTo is not null)
                {
                    problems.Add($"{set.Id}: the last rule set must stay open (no validTo), or no rules cover the days after {set.ValidTo:yyyy-MM-dd}");
                }

                continue;
            }

            var next = data[i + 1];
            if (set.ValidTo is not { } end)
            {
                problems.Add($"{set.Id}: only the last rule set may stay open, but {next.Id} follows it");
            }
            else if (end.AddDays(1) < next.ValidFrom)
            {
                problems.Add($"gap between {set.Id} and {next.Id}: no rules from {end.AddDays(1):yyyy-MM-dd} to {next.ValidFrom.AddDays(-1):yyyy-MM-dd}");
            }
            else if (end.AddDays(1) > next.ValidFrom)
            {
                problems.Add($"{set.Id} and {next.Id} overlap from {next.ValidFrom:yyyy-MM-dd} to {end:yyyy-MM-dd} (or are out of order)");
            }
        }
    }

    private static RuleEntry? Read(string setId, RuleTopic topic, RuleValueData data, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(data.Source))
        {
            problems.Add($"{setId}.{topic.Key}: no source document");
        }

        object? value;
        try
        {
            value = data.Value.ValueKind == JsonValueKind.Undefined ? null : topic.Read(data.Value, RuleData.Options);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            problems.Add($"{setId}.{topic.Key}: {exception.Message}");
            return null;
        }

        if (topic.Problem(value) is { } problem)
        {
            problems.Add($"{setId}.{topic.Key}: {problem}");
            return null;
        }

        return new RuleEntry(topic, value, new RuleSource(data.Source, data.Date, data.Confirmed, data.Note), IsChanged: true);
    }
}

/// <summary>The rule data is malformed or inconsistent (gaps, overlaps, missing or invalid values).</summary>
public sealed class RuleDataException : Exception
{
    /// <summary>Creates the exception without problems listed.</summary>
    public RuleDataException()
        : this([])
    {
    }

    /// <summary>Creates the exception from one problem.</summary>
    public RuleDataException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception from one problem and its cause.</summary>
    public RuleDataException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Creates the exception from every problem found.</summary>
    public RuleDataException(IReadOnlyList<string> problems)
        : base("Invalid rule data: " + string.Join("; ", problems)) => Problems = problems;

    /// <summary>Every problem found, one a line.</summary>
    public IReadOnlyList<string> Problems { get; } = [];
}

internal sealed record RuleBookData(IReadOnlyList<RuleSetData> Sets);

internal sealed record RuleSetData(string Id, string Name, DateOnly ValidFrom, DateOnly? ValidTo, RuleSourceData Basis, Dictionary<string, RuleValueData>? Values);

internal sealed record RuleSourceData(string Source, DateOnly? Date, bool Confirmed, string? Note);

internal sealed record RuleValueData(JsonElement Value, string Source, DateOnly? Date, bool Confirmed, string? Note);

internal static class RuleData
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Same value and same source: records compare lists by reference, so values compare as JSON.</summary>
    public static bool SameValue(RuleEntry before, RuleEntry after) =>
        before.Source == after.Source
        && JsonSerializer.Serialize(before.Value, Options) == JsonSerializer.Serialize(after.Value, Options);
}
