namespace DangVu.Core.FollowUp;

/// <summary>A task past its deadline and not done, with how long.</summary>
/// <param name="Task">The task.</param>
/// <param name="Standing">Its state, days late and any missing report.</param>
public sealed record OverdueTask(TaskSnapshot Task, TaskStanding Standing);
