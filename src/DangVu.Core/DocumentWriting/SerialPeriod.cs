using System.Globalization;

namespace DangVu.Core.DocumentWriting;

/// <summary>
/// The run of numbers a serial belongs to: serials restart at 1 for each type in each committee term (domain.md);
/// when the issuer has no term recorded for the date, in each calendar year.
/// </summary>
/// <param name="Key">What the counter is keyed by: "term:{id}" or "year:2008".</param>
/// <param name="Label">How a person reads it: "nhiệm kỳ 2005–2010" or "năm 2008".</param>
/// <param name="IsTerm">True when a committee term covers the date.</param>
public sealed record SerialPeriod(string Key, string Label, bool IsTerm)
{
    /// <summary>The term covering <paramref name="date"/>, or else the calendar year of it.</summary>
    public static SerialPeriod For(DateOnly date, IEnumerable<CommitteeTermSpan> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var term = terms.Where(t => t.Covers(date)).OrderByDescending(t => t.StartsOn).FirstOrDefault();
        return term is null
            ? new SerialPeriod(string.Create(CultureInfo.InvariantCulture, $"year:{date.Year}"), string.Create(CultureInfo.InvariantCulture, $"năm {date.Year}"), false)
            : new SerialPeriod($"term:{term.Id:N}", $"nhiệm kỳ {term.Name}", true);
    }
}

/// <summary>A committee term of an organization: from its congress to the next one (open while it runs).</summary>
public sealed record CommitteeTermSpan(Guid Id, string Name, DateOnly StartsOn, DateOnly? EndsOn)
{
    /// <summary>True when the date falls in the term (both ends included).</summary>
    public bool Covers(DateOnly date) => date >= StartsOn && (EndsOn is null || date <= EndsOn);
}
