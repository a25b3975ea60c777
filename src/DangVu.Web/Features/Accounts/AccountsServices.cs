using DangVu.Data;
using DangVu.Data.Accounts;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DangVu.Web.Features.Accounts;

internal static class AccountsServices
{
    /// <summary>Identity's user store and rules; enough for the command line.</summary>
    public static IServiceCollection AddDangVuAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(AccountRules.Apply)
            .AddEntityFrameworkStores<DangVuDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.AddScoped<AccountService>();
        return services;
    }

    /// <summary>Cookie sign-in for the web: claims carry the grants, API callers get 401/403 instead of redirects.</summary>
    public static IServiceCollection AddDangVuSignIn(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<AppUser>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DangVuClaimsFactory>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "dangvu.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = AccountPaths.Login;
            cookie.LogoutPath = AccountPaths.Logout;
            cookie.AccessDeniedPath = AccountPaths.AccessDenied;
            cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context =>
                context.HttpContext.User.HasClaim(claim => claim.Type == DangVuClaims.MustChangePassword) && !IsApi(context.Request)
                    ? Redirect(context, AccountPaths.ChangePassword)
                    : ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    /// <summary>JSON callers; the API reference is a page people open in a browser.</summary>
    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/api/docs");

    /// <summary>API callers get the status code; browsers are sent to the page.</summary>
    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        return Redirect(context, context.RedirectUri);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, string location)
    {
        context.Response.Redirect(location);
        return Task.CompletedTask;
    }
}
