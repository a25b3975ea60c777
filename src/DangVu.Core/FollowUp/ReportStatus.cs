namespace DangVu.Core.FollowUp;

/// <summary>What an assigned organization says in one progress report.</summary>
public enum ReportStatus
{
    /// <summary>Đang thực hiện.</summary>
    InProgress = 1,

    /// <summary>Gặp khó khăn, vướng mắc: still open, and the report says why.</summary>
    Blocked = 2,

    /// <summary>Đã hoàn thành: the task is done on the report's date.</summary>
    Done = 3,
}
