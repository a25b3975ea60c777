using DangVu.Data.Infrastructure;
using DangVu.Web.Features.Accounts;

namespace DangVu.Web.Cli;

/// <summary>The services a non-web verb needs: the database, accounts and the audit log, without a web server.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(DatabaseTarget target)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        services.AddSingleton(target);
        services.AddDangVuData();
        services.AddDangVuAccounts();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
