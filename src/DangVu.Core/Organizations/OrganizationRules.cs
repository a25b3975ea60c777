namespace DangVu.Core.Organizations;

/// <summary>Which kind may sit under which: the shape of the tree the Charter gives.</summary>
public static class OrganizationRules
{
    /// <summary>Whether an organization of kind <paramref name="child"/> may be placed under one of kind <paramref name="parent"/> (null: the top).</summary>
    public static bool MayContain(OrganizationKind? parent, OrganizationKind child) => (parent, child) switch
    {
        (null, OrganizationKind.ProvincialCommittee) => true,
        (OrganizationKind.ProvincialCommittee, OrganizationKind.BlocCommittee) => true,
        (OrganizationKind.ProvincialCommittee or OrganizationKind.BlocCommittee,
            OrganizationKind.GrassrootsCommittee or OrganizationKind.GrassrootsCell) => true,
        (OrganizationKind.GrassrootsCommittee, OrganizationKind.Cell) => true,
        _ => false,
    };

    /// <summary>Whether members may be placed directly in an organization of this kind: only cells hold members.</summary>
    public static bool MayHoldMembers(OrganizationKind kind) => kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell;

    /// <summary>Why a placement is refused, in Vietnamese; null when it is allowed.</summary>
    public static string? RefusePlacement(OrganizationKind? parent, OrganizationKind child) =>
        MayContain(parent, child)
            ? null
            : parent is null
                ? $"{OrganizationNames.Vietnamese(child)} phải thuộc một tổ chức cấp trên."
                : $"{OrganizationNames.Vietnamese(parent.Value)} không thể có {OrganizationNames.Vietnamese(child).ToLowerInvariant()} trực thuộc.";
}
