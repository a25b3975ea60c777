using System.Collections.Concurrent;
using System.Security.Claims;
using DangVu.Web.Features.Review;

namespace DangVu.TestCommon.Web;

/// <summary>
/// Test double of "my member file": a test links an account (by user name) to a member file, as the registry's
/// account link will once it exists. Unlinked accounts have no file.
/// </summary>
public sealed class LinkedMemberFiles : IMyMemberFile
{
    private readonly ConcurrentDictionary<string, Guid> _links = new(StringComparer.Ordinal);

    public void Link(string userName, Guid memberId) => _links[userName] = memberId;

    public Task<Guid?> MemberIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Task.FromResult(user.Identity?.Name is { } name && _links.TryGetValue(name, out var id) ? id : (Guid?)null);
}
