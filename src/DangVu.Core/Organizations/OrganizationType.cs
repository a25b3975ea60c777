namespace DangVu.Core.Organizations;

/// <summary>Loại hình: the kind of body the organization sits in.</summary>
public enum OrganizationType
{
    /// <summary>Cơ quan hành chính, Đảng, đoàn thể.</summary>
    Agency = 1,

    /// <summary>Đơn vị sự nghiệp (hospitals, schools …).</summary>
    PublicServiceUnit = 2,

    /// <summary>Doanh nghiệp.</summary>
    Enterprise = 3,

    /// <summary>Lực lượng vũ trang.</summary>
    ArmedForces = 4,

    /// <summary>Loại hình khác.</summary>
    Other = 5,
}
