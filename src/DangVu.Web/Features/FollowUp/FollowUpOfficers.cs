using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.FollowUp;

/// <summary>The accounts that may be named tracking officer: office accounts whose grant lies in the caller's office reach.</summary>
public sealed class FollowUpOfficers(DangVuDbContext context)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(IReadOnlyCollection<string> officeScopes, CancellationToken cancellationToken = default)
    {
        var grants = await context.UserGrants.AsNoTracking().Where(g => g.Role == Role.Office)
            .Join(context.Users, g => g.UserId, u => u.Id, (g, u) => new { u.Id, u.FullName, u.UserName, g.ScopePath })
            .ToListAsync(cancellationToken);
        return [.. grants.Where(g => officeScopes.Any(scope => OrganizationPath.IsWithin(g.ScopePath, scope) || OrganizationPath.IsWithin(scope, g.ScopePath)))
            .DistinctBy(g => g.Id)
            .Select(g => (g.Id, $"{g.FullName} ({g.UserName})"))
            .OrderBy(g => g.Item2, Core.Text.VietnameseText.Comparer)];
    }
}
