using DangVu.Core.FollowUp;

namespace DangVu.Data.FollowUp;

/// <summary>A task in a list or roll-up: its snapshot (for states) plus what lists show.</summary>
public sealed record TaskRow(TaskSnapshot Snapshot, TaskPlaces Places, bool IsSynthetic)
{
    public Guid Id => Snapshot.Id;
}
