using System.Security.Claims;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Web.Access;

namespace DangVu.Web.Features.Members;

/// <summary>
/// Who may read member files and who may read their identity numbers. A plain member's grant does not open
/// other members' files; identity numbers are for the office and the inspection commission of the subtree.
/// </summary>
internal static class MemberAccess
{
    private static readonly Role[] Readers = Policies.RolesByPolicy[Policies.MemberReader];
    private static readonly Role[] IdentityReaders = [Role.Office, Role.Inspection];

    public static IReadOnlyCollection<string> ReadableMemberScopes(this ClaimsPrincipal user) =>
        user.GetAccessScope().Grants.Where(grant => Readers.Contains(grant.Role)).Select(grant => grant.ScopePath).Distinct().ToList();

    public static bool CanRead(this ClaimsPrincipal user, PartyMember member) =>
        user.ReadableMemberScopes().Any(scope => OrganizationPath.IsWithin(member.OrganizationPath, scope));

    public static bool CanSeeIdentity(this ClaimsPrincipal user, PartyMember member) =>
        user.GetAccessScope().Allows(IdentityReaders, member.OrganizationPath);
}
