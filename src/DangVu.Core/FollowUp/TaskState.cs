namespace DangVu.Core.FollowUp;

/// <summary>Where a tracked task stands on a date, worked out from its reports and dates — never typed by hand.</summary>
public enum TaskState
{
    /// <summary>Chưa triển khai: no report yet, and the deadline is not near.</summary>
    NotStarted = 1,

    /// <summary>Đang thực hiện, đúng tiến độ: reported on, the deadline not near.</summary>
    OnTrack = 2,

    /// <summary>Sắp đến hạn: not done, the deadline within the due-soon window.</summary>
    DueSoon = 3,

    /// <summary>Quá hạn: not done, the deadline passed.</summary>
    Overdue = 4,

    /// <summary>Hoàn thành đúng hạn.</summary>
    Done = 5,

    /// <summary>Hoàn thành nhưng trễ hạn.</summary>
    DoneLate = 6,
}
