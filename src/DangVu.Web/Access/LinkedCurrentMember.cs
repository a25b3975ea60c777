using System.Security.Claims;

namespace DangVu.Web.Access;

/// <summary>The member file the account is linked to, as the sign-in cookie carries it (<see cref="DangVuClaims.Member"/>).</summary>
internal sealed class LinkedCurrentMember : ICurrentMember
{
    public Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => Task.FromResult(user.MemberId());
}
