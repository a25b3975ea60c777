namespace DangVu.Core.FollowUp;

/// <summary>How a task's term is set: a deadline, or a period the work spans.</summary>
public enum TermKind
{
    /// <summary>Một hạn cụ thể: due on one date.</summary>
    Deadline = 1,

    /// <summary>Hằng tháng: recurring month by month until the end date.</summary>
    Monthly = 2,

    /// <summary>Hằng quý: recurring quarter by quarter until the end date.</summary>
    Quarterly = 3,

    /// <summary>Trong năm: due by 31 December of the year (the notice's "7 tháng còn lại").</summary>
    YearEnd = 4,
}
