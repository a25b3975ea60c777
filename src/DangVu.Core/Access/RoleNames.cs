namespace DangVu.Core.Access;

/// <summary>Vietnamese names of roles, as the UI shows them.</summary>
public static class RoleNames
{
    /// <summary>The Vietnamese name of a role.</summary>
    public static string Vietnamese(Role role) => role switch
    {
        Role.Admin => "Quản trị hệ thống",
        Role.Office => "Văn phòng cấp uỷ",
        Role.Secretary => "Bí thư",
        Role.Inspection => "Uỷ ban kiểm tra",
        Role.Member => "Đảng viên",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}
