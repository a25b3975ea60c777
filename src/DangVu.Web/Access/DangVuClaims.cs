using System.Security.Claims;
using DangVu.Core.Access;

namespace DangVu.Web.Access;

/// <summary>The claims DangVu puts in the sign-in cookie, and how to read them back.</summary>
internal static class DangVuClaims
{
    /// <summary>One per grant: "Role|/scope/path/".</summary>
    public const string Grant = "dangvu:grant";

    public const string FullName = "dangvu:full_name";

    /// <summary>The id of the member file the account is linked to, for a party member's own pages ("Của tôi").</summary>
    public const string Member = "dangvu:member";

    /// <summary>Present while the user holds a one-time password that must be changed.</summary>
    public const string MustChangePassword = "dangvu:must_change_password";

    public static string Encode(RoleGrant grant) => $"{grant.Role}|{grant.ScopePath}";

    public static AccessScope GetAccessScope(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return AccessScope.None;
        }

        var grants = new List<RoleGrant>();
        foreach (var claim in user.FindAll(Grant))
        {
            var parts = claim.Value.Split('|', 2);
            if (parts.Length == 2 && Enum.TryParse<Role>(parts[0], out var role))
            {
                grants.Add(new RoleGrant(role, parts[1]));
            }
        }

        return new AccessScope(grants);
    }

    /// <summary>The signed-in account's id (Identity's name identifier).</summary>
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : throw new InvalidOperationException("Not signed in.");

    /// <summary>The member file the signed-in account is linked to, if any.</summary>
    public static Guid? MemberId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(Member), out var id) ? id : null;

    /// <summary>The subtrees where the caller holds one of the roles a policy admits.</summary>
    public static IReadOnlyCollection<string> ScopesFor(this ClaimsPrincipal user, string policy) =>
        user.GetAccessScope().Grants.Where(grant => Policies.RolesByPolicy[policy].Contains(grant.Role)).Select(grant => grant.ScopePath).Distinct().ToList();

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) is { Length: > 0 } fullName ? fullName : user.Identity?.Name ?? string.Empty;
}
