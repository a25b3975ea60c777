using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DangVu.TestCommon.Databases;

/// <summary>
/// A private PostgreSQL cluster for one test process: initdb into a temporary folder, pg_ctl start on a free
/// loopback port, removed at the end. Never a shared server. Under root (as in CI) it runs as the
/// <c>postgres</c> system user, because initdb refuses root.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string SuperUser = "dangvu_test";
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static PostgresCluster? _shared;

    private readonly string _binaries;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PostgresCluster(string binaries, string folder, int port, bool asPostgresUser)
    {
        _binaries = binaries;
        _folder = folder;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The cluster of this test process, started on first use and stopped when the process exits.</summary>
    public static async Task<PostgresCluster> SharedAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            if (_shared is null)
            {
                _shared = await StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAtExit(_shared);
            }

            return _shared;
        }
        finally
        {
            StartLock.Release();
        }
    }

    /// <summary>Creates an empty database (UTF-8) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"dangvu_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Database = database,
            Pooling = true,
        }.ConnectionString;

    private static async Task<PostgresCluster> StartAsync()
    {
        var binaries = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), $"dangvu-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", folder], asPostgres: false);
        }

        var cluster = new PostgresCluster(binaries, folder, FreePort(), asPostgresUser);
        var data = Path.Combine(folder, "data");
        await cluster.RunToolAsync("initdb", ["-D", data, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await cluster.RunToolAsync("pg_ctl", [
            "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {cluster.Port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c full_page_writes=off -c max_connections=200",
            "start",
        ]);
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunToolAsync("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            await DeleteFolderAsync();
        }
    }

    /// <summary>
    /// Stops the cluster when the test process exits, quickly: the test runner gives the process about 10 seconds after
    /// the run to exit and otherwise fails a green run ("Foreground threads were left running"), and deleting a cluster
    /// that holds a database per test can take longer than that on a loaded machine. So the folder is removed by a
    /// detached <c>rm -rf</c> (scripts/test.sh removes whatever is left), and a failure is reported on stderr, since an
    /// exception in a ProcessExit handler would crash the test process.
    /// </summary>
    private static void StopAtExit(PostgresCluster cluster)
    {
        try
        {
            cluster.RunToolAsync("pg_ctl", ["-D", Path.Combine(cluster._folder, "data"), "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
            using var remove = Process.Start(new ProcessStartInfo("rm", ["-rf", cluster._folder]) { WorkingDirectory = Path.GetTempPath() });
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"Stopping the test PostgreSQL cluster in {cluster._folder} failed: {exception.Message}");
        }
    }

    // Processes of a cluster stopped in immediate mode may still be removing their own files for a moment.
    private async Task DeleteFolderAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> arguments) =>
        RunAsync(Path.Combine(_binaries, tool), arguments, _asPostgresUser);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static string FindBinaries()
    {
        var root = new DirectoryInfo("/usr/lib/postgresql");
        var found = root.Exists
            ? root.GetDirectories().Select(version => Path.Combine(version.FullName, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. "
            + "Install them (apt-get install postgresql) — the README's test command does this.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
