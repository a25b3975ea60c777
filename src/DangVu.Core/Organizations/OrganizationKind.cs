namespace DangVu.Core.Organizations;

/// <summary>The level of a party organization in the tree (domain.md glossary).</summary>
public enum OrganizationKind
{
    /// <summary>Tỉnh uỷ / Thành uỷ.</summary>
    ProvincialCommittee = 1,

    /// <summary>Đảng uỷ khối: over a bloc of agencies or enterprises.</summary>
    BlocCommittee = 2,

    /// <summary>Đảng bộ cơ sở: a grassroots organization with cells under it.</summary>
    GrassrootsCommittee = 3,

    /// <summary>Chi bộ cơ sở: a grassroots organization that is itself a cell.</summary>
    GrassrootsCell = 4,

    /// <summary>Chi bộ trực thuộc: a cell under a grassroots committee.</summary>
    Cell = 5,
}
