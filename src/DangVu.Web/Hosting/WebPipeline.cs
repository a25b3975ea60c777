using DangVu.Web.Access;
using DangVu.Web.Features.Accounts;
using DangVu.Web.Features.Admission;
using DangVu.Web.Features.Audit;
using DangVu.Web.Features.Documents;
using DangVu.Web.Features.DocumentWriting;
using DangVu.Web.Features.Export;
using DangVu.Web.Features.FollowUp;
using DangVu.Web.Features.Meetings;
using DangVu.Web.Features.Members;
using DangVu.Web.Features.MemberView;
using DangVu.Web.Features.Organizations;
using DangVu.Web.Features.Review;
using DangVu.Web.Features.Rules;
using DangVu.Web.Features.Statistics;
using DangVu.Web.Features.Training;
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

        // People get a Vietnamese page for 404 and friends; API callers get problem details.
        app.UseWhen(context => AccountsServices.IsApi(context.Request), api => api.UseStatusCodePages());
        app.UseWhen(context => !AccountsServices.IsApi(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/loi/{0}"));
        // Routing after the status-code pages, so a re-executed request (/loi/404) finds its own endpoint.
        app.UseRouting();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().RequireAuthorization(Policies.SignedIn);
        app.MapHealthChecks("/health").AllowAnonymous();
        // Liveness: the process answers, without touching the database (also the benchmarks' trivial baseline).
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapOpenApi().RequireAuthorization(Policies.SignedIn);
        // No web fonts from Scalar's CDN: the users' networks are closed.
        app.MapScalarApiReference("/api/docs", scalar => scalar.WithTitle("DangVu API").DisableDefaultFonts())
            .RequireAuthorization(Policies.SignedIn);

        var api = app.MapGroup("/api").RequireAuthorization(Policies.SignedIn);
        api.MapAccountsApi();
        api.MapAuditApi();
        api.MapOrganizationsApi();
        api.MapMembersApi();
        api.MapExportApi();
        api.MapStatisticsApi();
        api.MapRulesApi();
        api.MapAdmissionApi();
        api.MapTrainingApi();
        api.MapDocumentsApi();
        api.MapDocumentWritingApi();
        api.MapFollowUpApi();
        api.MapMeetingsApi();
        api.MapMemberViewApi();
        api.MapReviewApi();
        return app;
    }
}
