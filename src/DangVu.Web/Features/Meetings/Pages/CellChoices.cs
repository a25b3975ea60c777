using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>The active cells whose meetings the caller runs (secretary or office of the subtree, administrators).</summary>
internal static class CellChoices
{
    public static async Task<IReadOnlyList<OrganizationNode>> RunnableAsync(
        this IAuthorizationService authorization, ClaimsPrincipal user, OrganizationQueries organizations)
    {
        var cells = new List<OrganizationNode>();
        foreach (var node in await organizations.CurrentAsync(user.ScopesFor(Policies.Secretary)))
        {
            if (node.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell && await authorization.CanRunAsync(user, node.Path))
            {
                cells.Add(node);
            }
        }

        return cells;
    }
}
