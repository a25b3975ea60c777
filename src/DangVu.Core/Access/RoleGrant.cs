namespace DangVu.Core.Access;

/// <summary>
/// One role over one subtree. <see cref="ScopePath"/> is the materialized path of the subtree's root
/// ("/" is the whole tree); an organization is in scope when its path starts with it.
/// </summary>
/// <param name="Role">The role granted.</param>
/// <param name="ScopePath">Materialized path of the subtree root, ending in '/'.</param>
public sealed record RoleGrant(Role Role, string ScopePath)
{
    /// <summary>The path of the whole tree.</summary>
    public const string WholeTree = "/";

    /// <summary>Whether an organization with the given materialized path lies in this grant's subtree.</summary>
    public bool Covers(string organizationPath) =>
        organizationPath.StartsWith(ScopePath, StringComparison.Ordinal);
}
