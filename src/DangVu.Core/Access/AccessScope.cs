namespace DangVu.Core.Access;

/// <summary>What one caller may do: the union of their grants. Anonymous callers have none.</summary>
public sealed class AccessScope(IReadOnlyCollection<RoleGrant> grants)
{
    /// <summary>A scope with no grants.</summary>
    public static AccessScope None { get; } = new([]);

    /// <summary>The caller's grants.</summary>
    public IReadOnlyCollection<RoleGrant> Grants { get; } = grants;

    /// <summary>Whether the caller holds any of the roles anywhere in the tree.</summary>
    public bool HasAnyRole(IEnumerable<Role> roles) => roles.Any(role => Grants.Any(grant => grant.Role == role));

    /// <summary>Whether the caller holds any of the roles over the organization with the given path.</summary>
    public bool Allows(IEnumerable<Role> roles, string organizationPath) =>
        roles.Any(role => Grants.Any(grant => grant.Role == role && grant.Covers(organizationPath)));
}
