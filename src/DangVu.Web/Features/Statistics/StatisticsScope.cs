using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Web.Features.Members;

namespace DangVu.Web.Features.Statistics;

/// <summary>Which subtrees statistics cover: one organization the caller may read, or everything the caller may read.</summary>
internal sealed record StatisticsScope(PartyOrganization? Organization, IReadOnlyCollection<string> Paths)
{
    public string Name => Organization?.Name ?? StatisticsRules.WholeReach;

    /// <summary>
    /// The scope for <paramref name="organizationId"/>, or the caller's whole reach when none is given; null when the
    /// organization does not exist or lies outside the caller's member-reading grants (answered as not found).
    /// </summary>
    public static async Task<StatisticsScope?> ResolveAsync(ClaimsPrincipal user, Guid? organizationId, OrganizationQueries organizations)
    {
        var readable = user.ReadableMemberScopes();
        if (organizationId is not { } id)
        {
            return new(null, readable);
        }

        var organization = await organizations.FindAsync(id);
        return organization is not null && readable.Any(scope => OrganizationPath.IsWithin(organization.Path, scope))
            ? new(organization, [organization.Path])
            : null;
    }
}
