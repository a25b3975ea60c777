namespace DangVu.Core.Organizations;

/// <summary>Vietnamese names of organization kinds and types, as the UI shows them.</summary>
public static class OrganizationNames
{
    /// <summary>The Vietnamese name of a kind.</summary>
    public static string Vietnamese(OrganizationKind kind) => kind switch
    {
        OrganizationKind.ProvincialCommittee => "Tỉnh uỷ",
        OrganizationKind.BlocCommittee => "Đảng uỷ khối",
        OrganizationKind.GrassrootsCommittee => "Đảng bộ cơ sở",
        OrganizationKind.GrassrootsCell => "Chi bộ cơ sở",
        OrganizationKind.Cell => "Chi bộ trực thuộc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };

    /// <summary>The Vietnamese name of a type.</summary>
    public static string Vietnamese(OrganizationType type) => type switch
    {
        OrganizationType.Agency => "Cơ quan",
        OrganizationType.PublicServiceUnit => "Đơn vị sự nghiệp",
        OrganizationType.Enterprise => "Doanh nghiệp",
        OrganizationType.ArmedForces => "Lực lượng vũ trang",
        OrganizationType.Other => "Khác",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown type."),
    };
}
