namespace DangVu.Core.Members;

/// <summary>Where a person stands in the Party on a given day.</summary>
public enum MemberStatus
{
    /// <summary>Not yet admitted on that day.</summary>
    NotAdmitted = 0,

    /// <summary>Đảng viên dự bị.</summary>
    Probationary = 1,

    /// <summary>Đảng viên chính thức.</summary>
    Official = 2,

    /// <summary>Chuyển sinh hoạt tạm thời đi nơi khác: still a member, counted by the home organization.</summary>
    TemporarilyAway = 3,

    /// <summary>Miễn sinh hoạt đảng.</summary>
    Exempted = 4,

    /// <summary>Chuyển sinh hoạt chính thức ra khỏi đảng bộ: now on another committee's rolls.</summary>
    TransferredOut = 5,

    /// <summary>Xoá tên.</summary>
    Removed = 6,

    /// <summary>Khai trừ.</summary>
    Expelled = 7,

    /// <summary>Từ trần.</summary>
    Deceased = 8,
}

/// <summary>The dated events of a member's file.</summary>
public enum MemberEventKind
{
    /// <summary>Kết nạp: becomes a probationary member.</summary>
    Admitted = 1,

    /// <summary>Công nhận đảng viên chính thức.</summary>
    RecognizedOfficial = 2,

    /// <summary>Chuyển sinh hoạt tạm thời đi.</summary>
    TemporaryTransferOut = 3,

    /// <summary>Trở về sau sinh hoạt tạm thời.</summary>
    TemporaryTransferReturn = 4,

    /// <summary>Chuyển sinh hoạt chính thức đi.</summary>
    PermanentTransferOut = 5,

    /// <summary>Chuyển sinh hoạt chính thức đến (from another committee).</summary>
    PermanentTransferIn = 6,

    /// <summary>Miễn sinh hoạt.</summary>
    Exempted = 7,

    /// <summary>Thôi miễn sinh hoạt.</summary>
    ExemptionEnded = 8,

    /// <summary>Xoá tên.</summary>
    Removed = 9,

    /// <summary>Khai trừ.</summary>
    Expelled = 10,

    /// <summary>Từ trần.</summary>
    Died = 11,

    /// <summary>Chuyển sinh hoạt sang chi bộ khác trong đảng bộ (or moved with a merged cell): placement only.</summary>
    Reassigned = 12,
}

/// <summary>One dated event in a member's file.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="On">The day it took effect.</param>
public sealed record MemberEvent(MemberEventKind Kind, DateOnly On);
