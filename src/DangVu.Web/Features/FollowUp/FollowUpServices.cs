using DangVu.Data.FollowUp;

namespace DangVu.Web.Features.FollowUp;

internal static class FollowUpServices
{
    /// <summary>Roll-ups, evidence downloads, the demo's tasks, SMTP e-mail (when configured) and the reminder service.</summary>
    public static IServiceCollection AddDangVuFollowUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<FollowUpRollups>();
        services.AddScoped<EvidenceDownload>();
        services.AddScoped<FollowUpOfficers>();
        services.AddScoped<Demo.DemoFollowUp>();
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        // Before AddDangVuData's fallback (no e-mail), which it replaces.
        services.AddSingleton<IReminderMailer, SmtpReminderMailer>();
        services.AddSingleton<ReminderService>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderService>());
        return services;
    }
}
