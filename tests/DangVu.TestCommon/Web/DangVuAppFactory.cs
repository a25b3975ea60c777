using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.Web.Features.Accounts;
using DangVu.Web.Features.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DangVu.TestCommon.Web;

/// <summary>
/// The real app (Program, all its services and migrations) on a test database. One-time passwords the app
/// would print are captured in <see cref="Notices"/>. With <c>realServer</c> it listens on a free loopback port
/// for the browser.
/// </summary>
public sealed class DangVuAppFactory(TestDatabase database, bool realServer = false) : WebApplicationFactory<Program>
{
    public CapturedAccountNotices Notices { get; } = new();


    public TestDatabase Database => database;

    /// <summary>Starts the app (migrations, first admin) and returns the first admin's one-time password.</summary>
    public string StartAndGetAdminPassword()
    {
        if (realServer)
        {
            UseKestrel(0);
            StartServer();
        }
        else
        {
            _ = Server;
        }

        return Notices.PasswordOf(AccountService.FirstAdminUserName);
    }

    /// <summary>The address Kestrel listens on (only with <c>realServer</c>).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<DatabaseTarget>();
            services.AddSingleton(database.Target);
            services.RemoveAll<IAccountNotice>();
            services.AddSingleton<IAccountNotice>(Notices);
        });
    }
}

/// <summary>Keeps the one-time passwords the app announces, so a test can sign in as its owner would.</summary>
public sealed class CapturedAccountNotices : IAccountNotice
{
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);

    public void Announce(CreatedAccount account, string reason)
    {
        lock (_passwords)
        {
            _passwords[account.User.UserName ?? string.Empty] = account.OneTimePassword;
        }
    }

    /// <summary>The demo accounts and shared password the app announced last (null before any demo start).</summary>
    public (IReadOnlyList<DemoAccount> Accounts, string Password)? Demo { get; private set; }

    public void AnnounceDemo(IReadOnlyList<DemoAccount> accounts, string sharedPassword)
    {
        lock (_passwords)
        {
            Demo = (accounts, sharedPassword);
        }
    }

    public string PasswordOf(string userName)
    {
        lock (_passwords)
        {
            return _passwords.TryGetValue(userName, out var password)
                ? password
                : throw new InvalidOperationException($"The app announced no password for {userName}.");
        }
    }
}
