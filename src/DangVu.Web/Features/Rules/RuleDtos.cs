using DangVu.Core.Rules;

namespace DangVu.Web.Features.Rules;

/// <summary>A rule set as the API shows it: its period, the document that opens it, and every value with its source.</summary>
public sealed record RuleSetDto(string Id, string Name, DateOnly ValidFrom, DateOnly? ValidTo, RuleSourceDto Basis, IReadOnlyList<RuleValueDto> Values)
{
    public static RuleSetDto From(RuleSet set) => new(set.Id, set.Name, set.ValidFrom, set.ValidTo, RuleSourceDto.From(set.Basis),
        set.Entries.Select(entry => new RuleValueDto(entry.Key, entry.Title, entry.Value, entry.Text, RuleSourceDto.From(entry.Source), entry.IsChanged)).ToList());
}

/// <summary>
/// One value: <see cref="Value"/> is typed (a number, a share as numerator and denominator, an object, or null where the
/// topic does not apply); <see cref="Text"/> says it in Vietnamese; <see cref="Changed"/> is true where it differs from
/// the previous set.
/// </summary>
public sealed record RuleValueDto(string Key, string Title, object? Value, string Text, RuleSourceDto Source, bool Changed);

/// <summary>The source of a value: document, date, whether the value was confirmed against it, and a note.</summary>
public sealed record RuleSourceDto(string Document, DateOnly? Date, bool IsConfirmed, string? Note, string Citation)
{
    public static RuleSourceDto From(RuleSource source) =>
        new(source.Document, source.Date, source.IsConfirmed, source.Note, source.Citation);
}
