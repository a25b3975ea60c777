using System.Security.Claims;

namespace DangVu.Web.Access;

/// <summary>
/// The member file of the signed-in account, for the pages a member sees about themself (/cua-toi/…). The link from
/// an account to its member file comes with the member's own view; until it is wired, <see cref="NoCurrentMember"/>
/// finds none and those pages say so.
/// </summary>
public interface ICurrentMember
{
    /// <summary>The id of the caller's own member file, or null when the account has none.</summary>
    Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
