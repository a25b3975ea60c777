using DangVu.Core.Members;
using DangVu.Data.Members;

namespace DangVu.Web.Features.Members;

/// <summary>Vietnamese labels of member fields.</summary>
internal static class MemberNames
{
    public static string Status(MemberStatus status) => status switch
    {
        MemberStatus.NotAdmitted => "Chưa vào Đảng",
        MemberStatus.Probationary => "Dự bị",
        MemberStatus.Official => "Chính thức",
        MemberStatus.TemporarilyAway => "Sinh hoạt tạm thời nơi khác",
        MemberStatus.Exempted => "Miễn sinh hoạt",
        MemberStatus.TransferredOut => "Đã chuyển sinh hoạt đi",
        MemberStatus.Removed => "Đã xoá tên",
        MemberStatus.Expelled => "Đã khai trừ",
        MemberStatus.Deceased => "Từ trần",
        _ => status.ToString(),
    };

    public static string Event(MemberEventKind kind) => kind switch
    {
        MemberEventKind.Admitted => "Kết nạp",
        MemberEventKind.RecognizedOfficial => "Công nhận chính thức",
        MemberEventKind.TemporaryTransferOut => "Chuyển sinh hoạt tạm thời đi",
        MemberEventKind.TemporaryTransferReturn => "Trở về sau sinh hoạt tạm thời",
        MemberEventKind.PermanentTransferOut => "Chuyển sinh hoạt chính thức đi",
        MemberEventKind.PermanentTransferIn => "Chuyển sinh hoạt chính thức đến",
        MemberEventKind.Exempted => "Miễn sinh hoạt",
        MemberEventKind.ExemptionEnded => "Thôi miễn sinh hoạt",
        MemberEventKind.Removed => "Xoá tên",
        MemberEventKind.Expelled => "Khai trừ",
        MemberEventKind.Died => "Từ trần",
        MemberEventKind.Reassigned => "Chuyển chi bộ",
        _ => kind.ToString(),
    };

    public static string Gender(Gender gender) => MemberLabels.Gender(gender);

    public static string Sector(Sector sector) => MemberLabels.Sector(sector);

    public static string TheoryLevel(TheoryLevel level) => MemberLabels.TheoryLevel(level);
}
