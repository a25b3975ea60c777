using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Review;

/// <summary>The cap of one grassroots organization, named.</summary>
public sealed record NamedCap(Guid GrassrootsId, string Name, CapView Cap);

/// <summary>A cell's flags, named.</summary>
public sealed record CellFlags(Guid CellId, string CellName, IReadOnlyList<InflationFlag> Flags);

/// <summary>
/// One organization's part of a period as its page and API show it: its members' reviews, the cap of its grassroots
/// organization (decided and projected), the flags of each cell, the organizations it rates, its own review, its
/// ballots, and what the caller may do.
/// </summary>
public sealed record OrganizationReviewView(
    ReviewPeriod Period, RuleSet Rules, PartyOrganization Organization, IReadOnlyList<MemberReview> Members,
    IReadOnlyDictionary<Guid, string> CellNames, IReadOnlyDictionary<Guid, RatingLevel> PreviousLevels, IReadOnlyList<NamedCap> Caps,
    IReadOnlyList<CellFlags> Flags, IReadOnlyList<OrganizationReview> RatedHere, OrganizationReview? Own, IReadOnlyList<SecretBallot> Ballots,
    bool CanPropose, bool CanDecideMembers, bool CanRateOrganizations, bool CanSelfReview)
{
    /// <summary>The view for a caller who reads the organization; null when the period does not reach it or the caller may not read it.</summary>
    public static async Task<OrganizationReviewView?> LoadAsync(
        Guid periodId, Guid organizationId, ClaimsPrincipal user, ReviewQueries reviews, ReviewCaps caps, OrganizationQueries organizations,
        IAuthorizationService authorization, CancellationToken cancellationToken = default)
    {
        var period = await reviews.FindPeriodAsync(periodId, cancellationToken);
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        if (period is null || organization is null || !OrganizationPath.IsWithin(organization.Path, period.OrganizationPath) || !user.CanRead(organization.Path))
        {
            return null;
        }

        var rules = reviews.RulesOf(period);
        var members = await reviews.MemberReviewsAsync(period.Id, organization.Path, cancellationToken);
        var ids = members.Select(m => m.CellId).Union(members.Select(m => m.GrassrootsId)).ToList();
        var names = await organizations.NamesByIdAsync(ids, cancellationToken);
        var capList = new List<NamedCap>();
        foreach (var grassroots in members.Select(m => m.GrassrootsId).Distinct())
        {
            capList.Add(new NamedCap(grassroots, names.GetValueOrDefault(grassroots, ""), await caps.OfAsync(period.Id, grassroots, rules, cancellationToken)));
        }

        var flags = new List<CellFlags>();
        foreach (var cell in members.GroupBy(m => m.CellId))
        {
            flags.Add(new CellFlags(cell.Key, names.GetValueOrDefault(cell.Key, ""), await reviews.FlagsAsync(period, cell.Key, [.. cell], cancellationToken)));
        }

        var previous = await reviews.PreviousLevelsAsync(period, [.. members.Select(m => m.MemberId)], cancellationToken);
        var own = (await reviews.OrganizationReviewsAsync(period.Id, organization.Path, cancellationToken)).FirstOrDefault(r => r.OrganizationId == organization.Id);
        var grassrootsPath = organization.Kind == OrganizationKind.Cell && organization.ParentId is { } parent
            ? (await organizations.FindAsync(parent, cancellationToken))?.Path ?? organization.Path
            : organization.Path;
        return new OrganizationReviewView(
            period, rules, organization, members, names, previous, capList, flags,
            await reviews.ReviewsDecidedByAsync(period.Id, organization.Id, cancellationToken), own,
            await reviews.BallotsAsync(period.Id, organization.Path, cancellationToken),
            CanPropose: await authorization.CanActOnAsync(user, organization.Path),
            CanDecideMembers: await authorization.CanActOnAsync(user, grassrootsPath),
            CanRateOrganizations: await authorization.CanActOnAsync(user, organization.Path),
            CanSelfReview: own is not null && await authorization.CanActOnAsync(user, organization.Path));
    }
}
