using System.Security.Claims;

namespace DangVu.Web.Access;

/// <summary>Placeholder until accounts are linked to member files: no account has one.</summary>
internal sealed class NoCurrentMember : ICurrentMember
{
    public Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => Task.FromResult<Guid?>(null);
}
