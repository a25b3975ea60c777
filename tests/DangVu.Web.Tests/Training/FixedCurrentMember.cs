using System.Security.Claims;
using DangVu.Web.Access;

namespace DangVu.Web.Tests.Training;

/// <summary>A test double of the account → member-file link: every signed-in account is the given member.</summary>
internal sealed class FixedCurrentMember(Guid memberId) : ICurrentMember
{
    public Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Task.FromResult<Guid?>(user.Identity?.IsAuthenticated == true ? memberId : null);
}
