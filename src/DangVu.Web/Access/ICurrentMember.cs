using System.Security.Claims;

namespace DangVu.Web.Access;

/// <summary>
/// The member file of the signed-in account, for the pages a member sees about themself (/cua-toi/…): the link an
/// administrator makes on the accounts page (<see cref="LinkedCurrentMember"/>); an account without one is told so.
/// </summary>
public interface ICurrentMember
{
    /// <summary>The id of the caller's own member file, or null when the account has none.</summary>
    Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
