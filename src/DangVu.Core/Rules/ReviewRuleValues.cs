namespace DangVu.Core.Rules;

/// <summary>One criterion of the self-review form: what the member writes about and, where ratings are scored, its most points.</summary>
/// <param name="Key">A stable key ("politics").</param>
/// <param name="Title">The Vietnamese title shown on the form.</param>
/// <param name="MaximumPoints">The most points of the criterion where the rule set scores ratings; null where it does not.</param>
public sealed record ReviewCriterion(string Key, string Title, int? MaximumPoints);

/// <summary>The criteria of the self-review form in one era.</summary>
/// <param name="Criteria">In the order the form lists them.</param>
public sealed record ReviewCriteria(IReadOnlyList<ReviewCriterion> Criteria)
{
    /// <summary>The most points of the whole form; null where the criteria carry no points.</summary>
    public int? MaximumPoints => Criteria.All(c => c.MaximumPoints is not null) ? Criteria.Sum(c => c.MaximumPoints!.Value) : null;

    internal string? Problem() =>
        Criteria.Count == 0 ? "no criteria" :
        Criteria.Any(c => string.IsNullOrWhiteSpace(c.Key) || string.IsNullOrWhiteSpace(c.Title)) ? "a criterion has no key or title" :
        Criteria.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != Criteria.Count ? "two criteria share a key" :
        Criteria.Any(c => c.MaximumPoints is <= 0) ? "a criterion's points are not positive" :
        Criteria.Any(c => c.MaximumPoints is null) && Criteria.Any(c => c.MaximumPoints is not null) ? "either every criterion has points or none has" : null;
}

/// <summary>
/// Which rating levels the cell proposes by secret ballot, and the share of the cell's official members whose
/// ballots must agree for the proposal to stand.
/// </summary>
/// <param name="VotedLevels">The levels voted on (Excellent).</param>
/// <param name="Share">The share of eligible voters.</param>
/// <param name="MoreThanShare">True when the votes must exceed the share ("trên 50%"), false when reaching it is enough.</param>
public sealed record RatingBallotRule(IReadOnlyList<RatingLevel> VotedLevels, Fraction Share, bool MoreThanShare)
{
    /// <summary>Whether <paramref name="inFavour"/> agreeing ballots of <paramref name="eligible"/> voters carry the proposal.</summary>
    public bool Passes(int inFavour, int eligible) =>
        MoreThanShare
            ? eligible > 0 && (long)inFavour * Share.Denominator > (long)Share.Numerator * eligible
            : Share.IsReachedBy(inFavour, eligible);

    internal string? Problem() => VotedLevels.Count == 0 ? "no level is voted" : Share.Problem();
}

/// <summary>What "excellent" needs besides its points (or, without points, instead of them).</summary>
/// <param name="AchievementNoteRequired">An outstanding achievement must be written down (the evidence the committee reads).</param>
/// <param name="Description">The condition in Vietnamese.</param>
public sealed record ExcellentEvidenceRule(bool AchievementNoteRequired, string Description)
{
    internal string? Problem() => string.IsNullOrWhiteSpace(Description) ? "the description is missing" : null;
}
