using DangVu.Data.Audit;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DangVu.Data.Infrastructure;

public static class DataServices
{
    /// <summary>
    /// Registers the DbContext, with auditing, and the data services. The database is the registered
    /// <see cref="DatabaseTarget"/>, read when the first context is made, so a host or a test can swap it before then.
    /// </summary>
    public static IServiceCollection AddDangVuData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        // Rules as data; the Web host registers the same instances (and checks them at start).
        services.TryAddSingleton(Core.Rules.RuleBook.Default);
        services.TryAddSingleton(Core.Rules.Calendar.WorkingDayCalendar.Default);
        services.AddSingleton<AuditingInterceptor>();
        services.AddSingleton<MemberNameIndexFreshness>();
        services.AddSingleton<MemberNameIndex>();
        // Contexts come from a pool with options built once per process: building options and EF's services for
        // each request took a quarter of a name search's time on SQLite. Each scope rents one, tells it who is
        // acting, and returns it when the scope ends.
        services.AddPooledDbContextFactory<DangVuDbContext>((provider, options) => options
            .Configure(provider.GetRequiredService<DatabaseTarget>())
            .AddInterceptors(provider.GetRequiredService<AuditingInterceptor>(), provider.GetRequiredService<MemberNameIndexFreshness>()));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<DangVuDbContext>>()
            .CreateDbContext()
            .ActingAs(provider.GetRequiredService<IAuditActor>()));
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<OrganizationRestructuring>();
        services.AddScoped<OrganizationQueries>();
        services.AddScoped<RestructurePreview>();
        services.AddScoped<MemberRegistry>();
        services.AddScoped<MemberQueries>();
        services.AddSingleton<MemberFileCount>();
        services.AddScoped<Import.MemberImport>();
        services.AddScoped<Import.OrganizationImport>();
        services.AddScoped<Export.MemberExport>();
        services.AddScoped<Export.MemberTemplate>();
        services.AddScoped<Export.OrganizationTemplate>();
        services.AddScoped<MemberStatistics>();
        services.AddScoped<Admission.AdmissionWorkflow>();
        services.AddScoped<Admission.AdmissionQueries>();
        services.AddScoped<Admission.AdmissionStatistics>();
        services.AddScoped<Training.TrainingRegistry>();
        services.AddScoped<Training.TrainingRecords>();
        services.AddScoped<Training.TrainingQueries>();
        services.AddScoped<Training.TrainingCompletion>();
        services.AddScoped<Training.ClassCertificates>();
        services.AddScoped<Documents.DocumentRegister>();
        services.AddScoped<Documents.DocumentQueries>();
        services.AddScoped<DocumentWriting.DocumentDrafts>();
        services.AddScoped<DocumentWriting.DocumentIssuing>();
        services.AddScoped<DocumentWriting.IssuedDocumentFiling>();
        services.AddScoped<DocumentWriting.WrittenDocumentQueries>();
        services.AddScoped<DocumentWriting.CommitteeTerms>();
        services.AddScoped<FollowUp.FollowUpTasks>();
        services.AddScoped<FollowUp.ProgressReports>();
        services.AddScoped<FollowUp.FollowUpQueries>();
        services.AddScoped<FollowUp.NotificationInbox>();
        services.AddScoped<FollowUp.ReminderDispatcher>();
        services.TryAddSingleton<FollowUp.IReminderMailer, FollowUp.NoReminderMailer>();
        services.AddScoped<FollowUp.IDirectiveSources, Documents.RegisteredDirectiveSources>();
        services.AddScoped<Meetings.MeetingInvitationList>();
        services.AddScoped<Meetings.MeetingScheduling>();
        services.AddScoped<Meetings.MeetingDocuments>();
        services.AddScoped<Meetings.MeetingAttendanceRecording>();
        services.AddScoped<Meetings.MemberReplies>();
        services.AddScoped<Meetings.MeetingClosing>();
        services.AddScoped<Meetings.MeetingQueries>();
        services.AddScoped<Meetings.MeetingOversight>();
        services.AddScoped<Core.Reviews.IOrganizationConduct, Reviews.RecordedOrganizationConduct>();
        services.AddScoped<Reviews.ReviewOpening>();
        services.AddScoped<Reviews.ReviewCaps>();
        services.AddScoped<Reviews.MemberReviewWorkflow>();
        services.AddScoped<Reviews.OrganizationReviewWorkflow>();
        services.AddScoped<Reviews.SecretBallots>();
        services.AddScoped<Reviews.ReviewQueries>();
        services.AddScoped<Reviews.ReviewDashboard>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
