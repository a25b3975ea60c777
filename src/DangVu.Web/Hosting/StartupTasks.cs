using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Web.Features.Accounts;
using DangVu.Web.Features.Demo;

namespace DangVu.Web.Hosting;

/// <summary>Before the server takes requests: apply migrations, create the first admin, add demo data if asked, start the name index.</summary>
internal sealed partial class StartupTasks(IServiceScopeFactory scopes, IAccountNotice notice, WebRunOptions options, ILogger<StartupTasks> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (applied.Count > 0)
        {
            LogMigrated(logger, applied.Count, applied);
        }

        if (await services.GetRequiredService<AccountService>().EnsureFirstAdminAsync(cancellationToken) is { } admin)
        {
            notice.Announce(admin, "Đã tạo tài khoản quản trị đầu tiên.");
        }

        if (options.Demo)
        {
            await services.GetRequiredService<DemoData>().SeedAsync(notice, cancellationToken);
        }

        // Read in the background: until it is ready, name searches go to the database.
        _ = services.GetRequiredService<MemberNameIndex>().StartAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migrations: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> migrations);
}
