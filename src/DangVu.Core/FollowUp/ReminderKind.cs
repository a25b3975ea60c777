namespace DangVu.Core.FollowUp;

/// <summary>What a reminder is about.</summary>
public enum ReminderKind
{
    /// <summary>Nhắc trước hạn: N days before the deadline (N from the task's reminder days).</summary>
    BeforeDeadline = 1,

    /// <summary>Nhắc đúng ngày hết hạn.</summary>
    OnDeadline = 2,

    /// <summary>Quá hạn: the deadline passed with the task not done; escalated to the tracking officer and the issuing office.</summary>
    Overdue = 3,

    /// <summary>Thiếu báo cáo định kỳ: a whole month or quarter passed with no report.</summary>
    MissingReport = 4,
}
