using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Access;

/// <summary>Checks a role policy over one organization (by its path), and lists what a caller may read.</summary>
internal static class ScopeAuthorization
{
    public static async Task<bool> AllowsAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string policy, string organizationPath) =>
        (await authorization.AuthorizeAsync(user, new OrganizationResource(organizationPath), policy)).Succeeded;

    /// <summary>Whether any of the caller's grants reaches the organization with this path.</summary>
    public static bool CanReadOrganization(this ClaimsPrincipal user, string organizationPath) =>
        user.ReadableScopes().Any(scope => Core.Organizations.OrganizationPath.IsWithin(organizationPath, scope));

    /// <summary>The subtrees any of the caller's grants reach: what lists and searches are limited to.</summary>
    public static IReadOnlyCollection<string> ReadableScopes(this ClaimsPrincipal user) =>
        user.GetAccessScope().Grants.Select(grant => grant.ScopePath).Distinct().ToList();
}
