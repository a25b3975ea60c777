namespace DangVu.Data.FollowUp;

/// <summary>An organization that co-operates on a task (đơn vị phối hợp): it sees the task and may report on it.</summary>
public sealed class TaskCooperator
{
    public Guid TaskId { get; set; }

    public Guid OrganizationId { get; set; }
}
