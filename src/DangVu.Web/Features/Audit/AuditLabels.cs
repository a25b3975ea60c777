using DangVu.Data.Audit;

namespace DangVu.Web.Features.Audit;

/// <summary>The audit log's codes as an office worker reads them; unknown codes are shown as they are.</summary>
internal static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["create"] = "Tạo mới",
        ["update"] = "Sửa",
        ["delete"] = "Xoá",
        ["sign-in"] = "Đăng nhập",
        ["sign-in-failed"] = "Đăng nhập sai",
        ["sign-in-locked-out"] = "Đăng nhập khi đang bị khoá",
        ["sign-out"] = "Đăng xuất",
        [AuditEvent.ConfidentialViewAction] = "Xem dữ liệu mật",
        [Documents.DocumentDownload.Action] = "Tải tệp gốc văn bản",
        [Data.DocumentWriting.DocumentIssuing.AuditAction] = "Phát hành văn bản",
    };

    private static readonly Dictionary<string, string> Records = new(StringComparer.Ordinal)
    {
        ["AppUser"] = "Tài khoản",
        ["UserGrant"] = "Quyền",
        ["PartyOrganization"] = "Tổ chức đảng",
        ["OrganizationVersion"] = "Phiên bản tổ chức",
        ["OrganizationChange"] = "Quyết định về tổ chức",
        ["DataProtectionKey"] = "Khoá bảo vệ phiên đăng nhập",
        ["RegisteredDocument"] = "Văn bản",
        ["DocumentCitation"] = "Văn bản được dẫn chiếu",
        ["DocumentContent"] = "Tệp gốc văn bản",
        ["DocumentSection"] = "Phần của văn bản",
        ["DocumentTask"] = "Nhiệm vụ trong văn bản",
        ["WrittenDocument"] = "Văn bản soạn thảo",
        ["DocumentSerialCounter"] = "Bộ đếm số văn bản",
        ["CommitteeTerm"] = "Nhiệm kỳ cấp uỷ",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    public static string Record(string? entityType) => entityType is null ? string.Empty : Records.GetValueOrDefault(entityType, entityType);

    public static string Actor(string actor) => actor switch
    {
        "anonymous" => "(chưa đăng nhập)",
        "system" => "hệ thống",
        _ => actor,
    };
}
