using System.Security.Claims;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.FollowUp;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.FollowUp;

/// <summary>
/// Who sees, reports on and manages tracked tasks. Anyone who reads member files of a subtree (office, secretary,
/// inspection, administrators) sees the tasks its organizations lead or co-operate on; the office (and administrators)
/// also see every task issued by an organization of their subtree, and only they make, assign and split tasks. A
/// secretary or the office of the lead or a co-operating organization reports on it.
/// </summary>
internal static class FollowUpAccess
{
    private static readonly Role[] Readers = Policies.RolesByPolicy[Policies.MemberReader];
    private static readonly Role[] Issuers = Policies.RolesByPolicy[Policies.Office];

    public static FollowUpReach Reach(this ClaimsPrincipal user)
    {
        var grants = user.GetAccessScope().Grants;
        return new FollowUpReach(
            [.. grants.Where(g => Readers.Contains(g.Role)).Select(g => g.ScopePath).Distinct()],
            [.. grants.Where(g => Issuers.Contains(g.Role)).Select(g => g.ScopePath).Distinct()]);
    }

    public static bool CanSee(this ClaimsPrincipal user, TaskPlaces places) => user.Reach().Sees(places);

    /// <summary>Whether the caller makes, assigns and splits tasks issued by the organization with this path.</summary>
    public static Task<bool> CanManageAsync(this IAuthorizationService authorization, ClaimsPrincipal user, TaskPlaces places) =>
        authorization.AllowsAsync(user, Policies.Office, places.IssuingPath);

    /// <summary>The task's organizations (lead first) the caller may report for.</summary>
    public static async Task<IReadOnlyList<Guid>> ReportableAsync(this IAuthorizationService authorization, ClaimsPrincipal user, FollowUpTask task, TaskPlaces places)
    {
        var candidates = new List<(Guid Id, string Path)> { (task.LeadOrganizationId, places.LeadPath) };
        candidates.AddRange(task.Cooperators.Select((c, i) => (c.OrganizationId, places.CooperatorPaths[i])));
        var allowed = new List<Guid>();
        foreach (var (id, path) in candidates)
        {
            if (await authorization.AllowsAsync(user, Policies.Secretary, path))
            {
                allowed.Add(id);
            }
        }

        return allowed;
    }

    /// <summary>Whether the caller's reading grants reach the organization with this path (its roll-up).</summary>
    public static bool CanReadOrganization(this ClaimsPrincipal user, string path) =>
        user.Reach().ReadScopes.Any(scope => OrganizationPath.IsWithin(path, scope));
}
