using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Access;

/// <summary>Decides <see cref="ScopedRoleRequirement"/> from the grants in the caller's cookie.</summary>
internal sealed class ScopedRoleHandler : AuthorizationHandler<ScopedRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopedRoleRequirement requirement)
    {
        var scope = context.User.GetAccessScope();
        var allowed = context.Resource is OrganizationResource organization
            ? scope.Allows(requirement.Roles, organization.Path)
            : scope.HasAnyRole(requirement.Roles);
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Refuses a user who must change a one-time password, except on the pages that let them.</summary>
internal sealed class PasswordCurrentHandler : AuthorizationHandler<PasswordCurrentRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PasswordCurrentRequirement requirement)
    {
        var pending = context.User.HasClaim(claim => claim.Type == DangVuClaims.MustChangePassword);
        var endpointAllows = context.Resource is HttpContext http
            && http.GetEndpoint()?.Metadata.GetMetadata<AllowPendingPasswordChangeAttribute>() is not null;
        if (!pending || endpointAllows)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Decides <see cref="LinkedMemberRequirement"/> from the member claim in the caller's cookie.</summary>
internal sealed class LinkedMemberHandler : AuthorizationHandler<LinkedMemberRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LinkedMemberRequirement requirement)
    {
        if (context.User.MemberId() is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
