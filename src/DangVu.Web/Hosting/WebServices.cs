using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;
using DangVu.Data;
using DangVu.Data.Audit;
using DangVu.Data.Infrastructure;
using DangVu.Web.Access;
using DangVu.Web.Features.Accounts;
using DangVu.Web.Features.Demo;
using DangVu.Web.Features.FollowUp;
using Microsoft.AspNetCore.DataProtection;

namespace DangVu.Web.Hosting;

internal static class WebServices
{
    public static WebApplicationBuilder AddDangVu(this WebApplicationBuilder builder, DatabaseTarget target, WebRunOptions options)
    {
        builder.WebHost.UseStaticWebAssets();
        builder.AddDangVuLogging();

        var services = builder.Services;
        // First, so the schema exists before any other hosted service (the data-protection key ring) reads it.
        services.AddHostedService<StartupTasks>();
        services.AddSingleton(target);
        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpContextAuditActor>();
        services.AddDangVuFollowUp(builder.Configuration);
        services.AddDangVuData();
        services.AddDangVuAccounts();
        services.AddDangVuSignIn();
        services.AddSingleton<IAccountNotice, ConsoleAccountNotice>();
        services.AddScoped<DemoData>();
        services.AddScoped<DemoOrganizations>();
        services.AddScoped<DemoMembers>();
        services.AddScoped<DemoAdmissions>();
        services.AddScoped<DemoTraining>();
        services.AddScoped<DemoMemberAccounts>();
        services.AddScoped<DemoMeetings>();
        services.AddScoped<DemoReviews>();
        services.AddSingleton<Features.Import.UploadedFiles>();
        services.AddScoped<Features.Documents.DocumentUploads>();
        services.AddScoped<DemoDocuments>();
        services.AddScoped<DemoDocumentWriting>();
        services.AddScoped<Features.DocumentWriting.DocumentComposing>();
        services.AddDangVuAccess();
        services.AddSingleton<ICurrentMember, LinkedCurrentMember>();
        // Rules as data, read and checked here so bad data stops the start rather than the first request that needs it.
        services.AddSingleton(RuleBook.Default);
        services.AddSingleton(WorkingDayCalendar.Default);

        services.AddDataProtection().SetApplicationName("DangVu").PersistKeysToDbContext<DangVuDbContext>();
        // Vietnamese letters go out as themselves, not as &#x...; entities.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(pages => pages.RootDirectory = "/Features");
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            // API clients read Vietnamese messages as text, and roles and states as names, not numbers.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<DangVuDbContext>("database");
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "dangvu.csrf";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }
}
