using System.Security.Claims;
using DangVu.Core.DocumentWriting;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.DocumentWriting;

/// <summary>
/// Who composes and issues documents: the secretary and the office of the issuing organization's subtree, and
/// administrators (<see cref="Policies.Secretary"/> over the issuer). A document is seen by whoever may write for its
/// issuer; to anyone else it does not exist (404).
/// </summary>
internal static class DocumentWritingAccess
{
    public static Task<bool> CanWriteForAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string organizationPath) =>
        authorization.AllowsAsync(user, Policies.Secretary, organizationPath);

    /// <summary>The subtrees where the caller's grants let them write.</summary>
    public static IReadOnlyCollection<string> WritableScopes(this ClaimsPrincipal user) => user.ScopesFor(Policies.Secretary);

    /// <summary>The active organizations the caller may issue for, in tree order, with the header each proposes.</summary>
    public static async Task<IReadOnlyList<IssuerChoice>> IssuersAsync(
        this IAuthorizationService authorization, ClaimsPrincipal user, OrganizationQueries organizations, CancellationToken cancellationToken = default)
    {
        var nodes = await organizations.CurrentAsync(user.WritableScopes(), cancellationToken);
        var byId = nodes.ToDictionary(node => node.Id);
        var choices = new List<IssuerChoice>();
        foreach (var node in nodes)
        {
            if (!await authorization.CanWriteForAsync(user, node.Path))
            {
                continue;
            }

            var parent = node.ParentId is { } parentId
                ? byId.GetValueOrDefault(parentId) ?? (await organizations.FindAsync(parentId, cancellationToken) is { } found ? OrganizationNode.Of(found) : null)
                : null;
            choices.Add(Choice(node, parent));
        }

        return choices;
    }

    /// <summary>One organization as an issuer, when the caller may write for it and it is active; else null.</summary>
    public static async Task<IssuerChoice?> IssuerAsync(
        this IAuthorizationService authorization, ClaimsPrincipal user, OrganizationQueries organizations, PartyOrganization organization,
        CancellationToken cancellationToken = default)
    {
        if (!organization.IsActive || !await authorization.CanWriteForAsync(user, organization.Path))
        {
            return null;
        }

        var parent = organization.ParentId is { } parentId ? await organizations.FindAsync(parentId, cancellationToken) : null;
        return Choice(OrganizationNode.Of(organization), parent is null ? null : OrganizationNode.Of(parent));
    }

    private static IssuerChoice Choice(OrganizationNode node, OrganizationNode? parent) =>
        new(node.Id, node.Name, node.Path, IssuerDefaults.Issuer(node.Kind, node.Name), IssuerDefaults.Code(node.Kind),
            IssuerDefaults.Parents(node.Kind, parent?.Kind, parent?.Name));

    /// <summary>The form's input with the blanks the issuer fills in: header name, bodies above it and code.</summary>
    public static DocumentInput WithIssuerDefaults(this DocumentInput input, IssuerChoice issuer) => input with
    {
        Issuer = string.IsNullOrWhiteSpace(input.Issuer) ? issuer.Issuer : input.Issuer,
        IssuerParents = string.IsNullOrWhiteSpace(input.IssuerParents) ? string.Join('\n', issuer.Parents) : input.IssuerParents,
        IssuerCode = string.IsNullOrWhiteSpace(input.IssuerCode) ? issuer.Code : input.IssuerCode,
    };
}
