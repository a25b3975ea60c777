namespace DangVu.Core.FollowUp;

/// <summary>How many tasks are in each state.</summary>
public sealed class StateCounts
{
    private readonly int[] _counts = new int[Enum.GetValues<TaskState>().Max(s => (int)s) + 1];

    /// <summary>Tasks in the state.</summary>
    public int this[TaskState state] => _counts[(int)state];

    /// <summary>All tasks counted.</summary>
    public int Total => _counts.Sum();

    /// <summary>Done on time or late.</summary>
    public int Done => this[TaskState.Done] + this[TaskState.DoneLate];

    /// <summary>Open and not late: not started, on track, due soon.</summary>
    public int Open => this[TaskState.NotStarted] + this[TaskState.OnTrack] + this[TaskState.DueSoon];

    /// <summary>Counts one more task in the state.</summary>
    public void Add(TaskState state) => _counts[(int)state]++;
}
