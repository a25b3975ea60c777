namespace DangVu.Core.Meetings;

/// <summary>What the office is warned of.</summary>
public enum MeetingFlagKind
{
    /// <summary>A month (a window of the rule's months) without a regular meeting held.</summary>
    SkippedMonth = 1,

    /// <summary>A quarter (a window of the rule's months) without a thematic meeting held.</summary>
    NoThematicMeeting = 2,

    /// <summary>A meeting held with fewer of the members who had to attend than the rule's share.</summary>
    LowAttendance = 3,

    /// <summary>A meeting shorter than the rule's minimum for its kind.</summary>
    ShortMeeting = 4,

    /// <summary>Documents posted later than the rule's lead time before the meeting.</summary>
    LateDocuments = 5,

    /// <summary>A meeting the cell itself rated at the weakest level.</summary>
    WeakQuality = 6,
}

/// <summary>
/// One warning about a cell's meetings: what, for which days (a month, a quarter, or the meeting's day), which meeting if
/// one, a Vietnamese message that names the rule and its source, and the rule set that judged it.
/// </summary>
public sealed record MeetingFlag(MeetingFlagKind Kind, DateOnly From, DateOnly To, Guid? MeetingId, string Message, string RuleSetId)
{
    /// <summary>The Vietnamese name of a kind of flag, for lists and charts.</summary>
    public static string Title(MeetingFlagKind kind) => kind switch
    {
        MeetingFlagKind.SkippedMonth => "Không sinh hoạt thường kỳ",
        MeetingFlagKind.NoThematicMeeting => "Không sinh hoạt chuyên đề trong quý",
        MeetingFlagKind.LowAttendance => "Dự sinh hoạt dưới tỷ lệ",
        MeetingFlagKind.ShortMeeting => "Thời lượng dưới quy định",
        MeetingFlagKind.LateDocuments => "Đăng tài liệu muộn",
        _ => "Tự đánh giá mức thấp nhất",
    };

    /// <summary>Every kind, in the order lists show them.</summary>
    public static IReadOnlyList<MeetingFlagKind> Kinds { get; } =
    [
        MeetingFlagKind.SkippedMonth, MeetingFlagKind.NoThematicMeeting, MeetingFlagKind.LowAttendance,
        MeetingFlagKind.ShortMeeting, MeetingFlagKind.LateDocuments, MeetingFlagKind.WeakQuality,
    ];
}
