using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Reviews;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Review;

/// <summary>
/// Who sees and who acts in a review. Results are read by the member readers of a subtree (office, secretary,
/// inspection, administrators); the office opens periods over its subtree; a cell's secretary (or the office) proposes
/// for its members and runs its ballots; the committee that decides — the grassroots organization for members, the
/// parent for organizations — is the secretary or office over it; a member fills only their own self-review.
/// </summary>
internal static class ReviewAccess
{
    public static bool CanRead(this ClaimsPrincipal user, string organizationPath) =>
        user.ReadableMemberScopes().Any(scope => OrganizationPath.IsWithin(organizationPath, scope));

    /// <summary>
    /// The part of a period the caller reads: the whole subtree when a grant covers its root, else the widest of the
    /// caller's subtrees inside it; null when the caller reads none of it.
    /// </summary>
    public static string? ViewPath(this ClaimsPrincipal user, ReviewPeriod period)
    {
        var scopes = user.ReadableMemberScopes();
        if (scopes.Any(scope => OrganizationPath.IsWithin(period.OrganizationPath, scope)))
        {
            return period.OrganizationPath;
        }

        return scopes.Where(scope => OrganizationPath.IsWithin(scope, period.OrganizationPath)).OrderBy(scope => scope.Length).FirstOrDefault();
    }

    public static Task<bool> CanActOnAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string organizationPath) =>
        authorization.AllowsAsync(user, Policies.Secretary, organizationPath);
}
