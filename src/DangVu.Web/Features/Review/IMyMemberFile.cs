using System.Security.Claims;

namespace DangVu.Web.Features.Review;

/// <summary>
/// Which member file is the signed-in account's own: the member who fills the self-review. Accounts are not yet linked
/// to member files in the registry; when they are, an implementation reads that link and replaces
/// <see cref="NameMatchedMemberFile"/>.
/// </summary>
public interface IMyMemberFile
{
    /// <summary>The caller's member file id, or null when the account has none.</summary>
    Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
