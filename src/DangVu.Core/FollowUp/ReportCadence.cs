namespace DangVu.Core.FollowUp;

/// <summary>How often the assigned organization must report progress.</summary>
public enum ReportCadence
{
    /// <summary>Không định kỳ: report when done (or when there is news).</summary>
    None = 0,

    /// <summary>Báo cáo hằng tháng.</summary>
    Monthly = 1,

    /// <summary>Báo cáo hằng quý.</summary>
    Quarterly = 3,
}
