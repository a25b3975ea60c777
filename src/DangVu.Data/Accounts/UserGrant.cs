using DangVu.Core.Access;

namespace DangVu.Data.Accounts;

/// <summary>A role held by a user over a subtree of the organization tree.</summary>
public sealed class UserGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public Role Role { get; set; }

    /// <summary>The subtree's root organization; null for the whole tree.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>Materialized path of the subtree root ("/" for the whole tree), copied so checks need no join.</summary>
    public string ScopePath { get; set; } = RoleGrant.WholeTree;

    public RoleGrant ToRoleGrant() => new(Role, ScopePath);
}
