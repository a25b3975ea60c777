namespace DangVu.Core.Access;

/// <summary>The roles a user may be granted, each over a subtree of the organization tree.</summary>
public enum Role
{
    /// <summary>Quản trị hệ thống: accounts, grants, backups, imports.</summary>
    Admin = 1,

    /// <summary>Văn phòng cấp uỷ / Ban Tổ chức: the tree, member records, documents, tasks, reports.</summary>
    Office = 2,

    /// <summary>Bí thư chi bộ / đảng uỷ cơ sở: meetings, admissions, reviews of the cell.</summary>
    Secretary = 3,

    /// <summary>Uỷ ban kiểm tra: inspection, discipline, complaints and denunciations (confidential).</summary>
    Inspection = 4,

    /// <summary>Đảng viên: their own record, meetings, documents and tasks.</summary>
    Member = 5,
}
