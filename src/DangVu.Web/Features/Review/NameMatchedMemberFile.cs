using System.Security.Claims;
using DangVu.Core.Access;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data;
using DangVu.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Review;

/// <summary>
/// Stand-in until accounts are linked to member files: the one member on the rolls, within the subtree of the account's
/// member grant, whose full name is the account's full name. Two such members (or none) give no file: the account then
/// cannot self-review, rather than fill in someone else's.
/// </summary>
internal sealed class NameMatchedMemberFile(DangVuDbContext context) : IMyMemberFile
{
    public async Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var scopes = user.GetAccessScope().Grants.Where(g => g.Role == Role.Member).Select(g => g.ScopePath).Distinct().ToList();
        var name = VietnameseText.Normalize(user.FindFirstValue(DangVuClaims.FullName));
        if (scopes.Count == 0 || name.Length == 0)
        {
            return null;
        }

        var key = PersonNames.Keys(name).SearchKey;
        var matches = await context.Members.AsNoTracking()
            .Where(m => m.SearchKey == key && (m.Status == MemberStatus.Official || m.Status == MemberStatus.Probationary))
            .Select(m => new { m.Id, m.FullName, m.OrganizationPath }).Take(50).ToListAsync(cancellationToken);
        var exact = matches.Where(m => m.FullName == name && scopes.Any(scope => OrganizationPath.IsWithin(m.OrganizationPath, scope))).ToList();
        return exact.Count == 1 ? exact[0].Id : null;
    }
}
