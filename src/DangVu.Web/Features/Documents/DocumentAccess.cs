using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Documents;

/// <summary>
/// Who reads and who registers documents. A document belongs to the register of one organization; every grant whose
/// subtree holds that organization reads it (members too: documents are studied), and the office of that subtree (and
/// administrators) register documents there and correct them. A document outside the caller's reach answers 404.
/// </summary>
internal static class DocumentAccess
{
    public static IReadOnlyCollection<string> ReadableDocumentScopes(this ClaimsPrincipal user) => user.ScopesFor(Policies.DocumentReader);

    public static bool CanReadDocumentsOf(this ClaimsPrincipal user, string organizationPath) =>
        user.ReadableDocumentScopes().Any(scope => OrganizationPath.IsWithin(organizationPath, scope));

    public static Task<bool> CanRegisterDocumentsAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string organizationPath) =>
        authorization.AllowsAsync(user, Policies.Office, organizationPath);

    /// <summary>The active organizations in whose register the caller may put documents, in tree order.</summary>
    public static async Task<IReadOnlyList<OrganizationNode>> RegistersOfAsync(
        this IAuthorizationService authorization, ClaimsPrincipal user, OrganizationQueries organizations)
    {
        var registers = new List<OrganizationNode>();
        foreach (var node in await organizations.CurrentAsync(user.ScopesFor(Policies.Office)))
        {
            if (await authorization.CanRegisterDocumentsAsync(user, node.Path))
            {
                registers.Add(node);
            }
        }

        return registers;
    }
}
