namespace DangVu.Core.Meetings;

/// <summary>What the flags need to know of one meeting.</summary>
/// <param name="Id">The meeting.</param>
/// <param name="Date">Its date.</param>
/// <param name="Kind">Regular, thematic or both.</param>
/// <param name="Status">Planned, held or cancelled.</param>
/// <param name="Expected">Members who had to attend.</param>
/// <param name="PresentOfExpected">Of them, how many were present.</param>
/// <param name="DurationMinutes">How long it lasted, once held.</param>
/// <param name="QualityLevel">The level it was rated at (index into the rule's levels, best first), once held.</param>
/// <param name="Documents">Each posted document's title and the day (in Vietnam) it was posted.</param>
public sealed record MeetingFacts(
    Guid Id, DateOnly Date, MeetingKind Kind, MeetingStatus Status, int Expected, int PresentOfExpected, int? DurationMinutes,
    int? QualityLevel, IReadOnlyList<PostedDocument> Documents);

/// <summary>A document posted for a meeting: its title and the day (in Vietnam) it was posted.</summary>
/// <param name="Title">The document's title.</param>
/// <param name="PostedOn">The day it was posted.</param>
public sealed record PostedDocument(string Title, DateOnly PostedOn);

/// <summary>When a cell existed: months before it was established or after it was dissolved are not judged.</summary>
/// <param name="EstablishedOn">The day it was established.</param>
/// <param name="DissolvedOn">The day it was dissolved, if it was.</param>
public sealed record CellLife(DateOnly EstablishedOn, DateOnly? DissolvedOn)
{
    /// <summary>Whether the cell existed on every day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool CoversWhole(DateOnly from, DateOnly to) => EstablishedOn <= from && (DissolvedOn is not { } dissolved || dissolved > to);
}
