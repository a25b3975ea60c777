namespace DangVu.Data.Reviews;

/// <summary>The result of a review step: the row written, or the Vietnamese refusals; a conflict when someone saved first.</summary>
public sealed record ReviewOutcome<T>(T? Value, IReadOnlyList<string> Refusals, bool Conflict = false)
    where T : class;

/// <summary>Making <see cref="ReviewOutcome{T}"/>s.</summary>
public static class ReviewOutcomes
{
    public static ReviewOutcome<T> Done<T>(T value)
        where T : class => new(value, []);

    public static ReviewOutcome<T> Refused<T>(params string[] refusals)
        where T : class => new(null, refusals);

    public static ReviewOutcome<T> Stale<T>(string message)
        where T : class => new(null, [message], Conflict: true);
}
