using DangVu.Core.Meetings;

namespace DangVu.Data.Meetings;

/// <summary>
/// One cell's meetings over a period: its flags, why it is weak (if it is), and its figures. A cell with no meeting
/// recorded at all in the period (<see cref="Recorded"/> false) is listed apart: nothing says whether it met and did
/// not record it, or did not meet, so its flags are kept but it is not put on the weak list.
/// </summary>
/// <param name="Id">The cell.</param>
/// <param name="Name">Its name.</param>
/// <param name="Recorded">Whether any meeting (planned, held or cancelled) is recorded for the cell in the period.</param>
/// <param name="Flags">Every flag of the period.</param>
/// <param name="WeakReasons">Why it is on the weak-cell list; empty when it is not.</param>
/// <param name="Held">Meetings held.</param>
/// <param name="ThematicHeld">Of them, with a thematic session.</param>
/// <param name="Expected">Members who had to attend, summed over the meetings held.</param>
/// <param name="Present">Of them, present.</param>
public sealed record CellReview(
    Guid Id, string Name, bool Recorded, IReadOnlyList<MeetingFlag> Flags, IReadOnlyList<string> WeakReasons, int Held, int ThematicHeld, int Expected, int Present)
{
    public bool IsWeak => WeakReasons.Count > 0;
}

/// <summary>The figures of one month of the period.</summary>
public sealed record MonthFigures(int Year, int Month, int Held, int ThematicHeld, int Expected, int Present, int Flags);

/// <summary>The meetings of a subtree over a period: per cell, per month, and in total.</summary>
public sealed record MeetingReview(DateOnly From, DateOnly To, IReadOnlyList<CellReview> Cells, IReadOnlyList<MonthFigures> Months)
{
    public int Held => Cells.Sum(c => c.Held);

    public int ThematicHeld => Cells.Sum(c => c.ThematicHeld);

    public int Expected => Cells.Sum(c => c.Expected);

    public int Present => Cells.Sum(c => c.Present);

    public IReadOnlyList<CellReview> WeakCells => [.. Cells.Where(c => c.IsWeak)];

    /// <summary>Cells with no meeting recorded in the period.</summary>
    public IReadOnlyList<CellReview> Unrecorded => [.. Cells.Where(c => !c.Recorded)];

    /// <summary>How many flags of each kind among the cells that recorded meetings, in <see cref="MeetingFlag.Kinds"/> order.</summary>
    public IReadOnlyList<(MeetingFlagKind Kind, int Count)> FlagCounts =>
        [.. MeetingFlag.Kinds.Select(kind => (kind, Cells.Where(c => c.Recorded).Sum(c => c.Flags.Count(f => f.Kind == kind))))];
}
