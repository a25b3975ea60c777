using System.Security.Claims;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Members;

/// <summary>
/// Who may read member files and who may read their identity numbers. A plain member's grant does not open
/// other members' files; identity numbers are for the office and the inspection commission of the subtree.
/// Files are put on the rolls and corrected by the office and the secretary of the subtree (and administrators),
/// identity numbers only by those who may also read them.
/// </summary>
internal static class MemberAccess
{
    private static readonly Role[] Readers = Policies.RolesByPolicy[Policies.MemberReader];
    private static readonly Role[] IdentityReaders = [Role.Office, Role.Inspection];

    public static IReadOnlyCollection<string> ReadableMemberScopes(this ClaimsPrincipal user) =>
        user.GetAccessScope().Grants.Where(grant => Readers.Contains(grant.Role)).Select(grant => grant.ScopePath).Distinct().ToList();

    public static bool CanRead(this ClaimsPrincipal user, PartyMember member) =>
        user.ReadableMemberScopes().Any(scope => OrganizationPath.IsWithin(member.OrganizationPath, scope));

    public static bool CanSeeIdentity(this ClaimsPrincipal user, PartyMember member) => user.CanSeeIdentity(member.OrganizationPath);

    /// <summary>Whether the caller may read (and so type) identity numbers of members of the organization with this path.</summary>
    public static bool CanSeeIdentity(this ClaimsPrincipal user, string organizationPath) =>
        user.GetAccessScope().Allows(IdentityReaders, organizationPath);

    /// <summary>Whether the caller may put members on the rolls of this cell, or correct the files of its members.</summary>
    public static Task<bool> CanEditMembersAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string organizationPath) =>
        authorization.AllowsAsync(user, Policies.Secretary, organizationPath);

    /// <summary>The active cells (and grassroots cells) whose members the caller may add or edit.</summary>
    public static async Task<IReadOnlyList<OrganizationNode>> EditableCellsAsync(
        this IAuthorizationService authorization, ClaimsPrincipal user, OrganizationQueries organizations)
    {
        var cells = new List<OrganizationNode>();
        foreach (var node in await organizations.CurrentAsync(user.ReadableScopes()))
        {
            if (node.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell && await authorization.CanEditMembersAsync(user, node.Path))
            {
                cells.Add(node);
            }
        }

        return cells;
    }
}
