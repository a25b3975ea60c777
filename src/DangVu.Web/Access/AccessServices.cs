using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Access;

internal static class AccessServices
{
    public static IServiceCollection AddDangVuAccess(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, ScopedRoleHandler>();
        services.AddSingleton<IAuthorizationHandler, PasswordCurrentHandler>();
        services.AddSingleton<IAuthorizationHandler, LinkedMemberHandler>();
        var authorization = services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, policy => RequireSignedIn(policy))
            .AddPolicy(Policies.OwnRecord, policy => RequireSignedIn(policy).AddRequirements(new LinkedMemberRequirement()))
            // Anything that names no policy still needs a signed-in user with a current password.
            .SetFallbackPolicy(RequireSignedIn(new AuthorizationPolicyBuilder()).Build());
        foreach (var (name, roles) in Policies.RolesByPolicy)
        {
            authorization.AddPolicy(name, policy => RequireSignedIn(policy).AddRequirements(new ScopedRoleRequirement(roles)));
        }

        return services;
    }

    private static AuthorizationPolicyBuilder RequireSignedIn(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().AddRequirements(new PasswordCurrentRequirement());
}
