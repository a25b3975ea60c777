using DangVu.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Access;

/// <summary>The caller holds one of <see cref="Roles"/> (over the organization given as resource, if any).</summary>
internal sealed record ScopedRoleRequirement(IReadOnlyCollection<Role> Roles) : IAuthorizationRequirement;

/// <summary>The caller's account is linked to a member file.</summary>
internal sealed class LinkedMemberRequirement : IAuthorizationRequirement;

/// <summary>The caller has no one-time password left to change.</summary>
internal sealed class PasswordCurrentRequirement : IAuthorizationRequirement;

/// <summary>Marks the pages a user with a one-time password may still reach (changing it, signing out).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AllowPendingPasswordChangeAttribute : Attribute;

/// <summary>An organization, named by its materialized path, for scope checks.</summary>
internal sealed record OrganizationResource(string Path);
