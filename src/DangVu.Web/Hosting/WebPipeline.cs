using DangVu.Web.Access;
using DangVu.Web.Features.Accounts;
using DangVu.Web.Features.Audit;
using Scalar.AspNetCore;

namespace DangVu.Web.Hosting;

internal static class WebPipeline
{
    public static WebApplication UseDangVu(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/loi");
        }

        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().RequireAuthorization(Policies.SignedIn);
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().RequireAuthorization(Policies.SignedIn);
        app.MapScalarApiReference("/api/docs", scalar => scalar.WithTitle("DangVu API")).RequireAuthorization(Policies.SignedIn);

        var api = app.MapGroup("/api").RequireAuthorization(Policies.SignedIn);
        api.MapAccountsApi();
        api.MapAuditApi();
        return app;
    }
}
