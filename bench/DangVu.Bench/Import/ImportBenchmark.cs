using System.Diagnostics;
using System.Globalization;
using System.Text;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Import;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DangVu.Bench.Import;

/// <summary>
/// <c>import --members N [--db POSTGRES] [--only import|baseline]</c>: the member import of a CSV of N members
/// (<see cref="MemberImport"/>, committed) against the raw writer it is built on — the same members built in memory
/// batch by batch and written with <see cref="BulkInsert.RowsAsync{T}"/> in one transaction (member rows only: no
/// parsing, checks, events or counters). Each run gets a fresh database with the same tree of cells. Prints rows/s,
/// the ratio, and the process's peak working set and sampled managed-heap peak after each phase.
/// </summary>
public static class ImportBenchmark
{
    private const int MembersPerCell = 97;
    private const int CellsPerDistrict = 100;
    private static int _cells;
    private static int _members;
    private const int Batch = 5_000;
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Hồng"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Hoà", "Hương", "Lan", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Thuỷ", "Trang", "Tuấn", "Hải", "Khánh", "Long"];

    public static async Task<int> RunAsync(string[] args)
    {
        var members = int.Parse(Option(args, "--members") ?? "100000", CultureInfo.InvariantCulture);
        var db = Option(args, "--db");
        var only = Option(args, "--only");
        // By default the tree grows with the file (a cell per 97 members); --cells fixes it, so that memory can be
        // compared across file sizes with everything else the same.
        _cells = int.Parse(Option(args, "--cells") ?? ((members + MembersPerCell - 1) / MembersPerCell).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        _members = members;
        var folder = Path.Combine(Path.GetTempPath(), $"dangvu-bench-import-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var csv = Path.Combine(folder, "members.csv");
            var watch = Stopwatch.StartNew();
            WriteCsv(csv, members);
            Console.WriteLine($"csv: {members:N0} members, {new FileInfo(csv).Length / 1e6:F0} MB written in {watch.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");

            double? ours = null;
            double? raw = null;
            if (only is null or "import")
            {
                var target = await FreshDatabaseAsync(db, folder, "import");
                var (seconds, heap) = await MeasureAsync(() => ImportAsync(target, csv, members));
                ours = members / seconds;
                Report("import (MemberImport, committed)", members, seconds, heap);
                await DropAsync(target);
            }

            if (only is null or "baseline")
            {
                var target = await FreshDatabaseAsync(db, folder, "baseline");
                var (seconds, heap) = await MeasureAsync(() => BaselineAsync(target, members));
                raw = members / seconds;
                Report("baseline (BulkInsert.RowsAsync of member rows)", members, seconds, heap);
                await DropAsync(target);
            }

            if (ours is { } o && raw is { } r)
            {
                Console.WriteLine($"ratio import/baseline: {o / r:P0}");
            }

            Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static void Report(string what, int members, double seconds, long heap)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"{what}: {members:N0} rows in {seconds:F1} s = {members / seconds:N0} rows/s; " +
            $"peak working set so far {process.PeakWorkingSet64 / 1e6:F0} MB, managed heap peak {heap / 1e6:F0} MB");
    }

    /// <summary>Runs the work while sampling the managed heap every 50 ms; returns seconds and the largest sample.</summary>
    private static async Task<(double Seconds, long Heap)> MeasureAsync(Func<Task> work)
    {
        GC.Collect();
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                try
                {
                    await Task.Delay(50, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
        var watch = Stopwatch.StartNew();
        await work();
        var seconds = watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        return (seconds, peak);
    }

    private static async Task ImportAsync(DatabaseTarget target, string csv, int members)
    {
        await using var services = Services(target);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        await using var file = File.OpenRead(csv);
        var report = await new MemberImport(context, new FixedClock()).RunAsync(file, new ImportRequest("members.csv", [OrganizationPath.Root], Commit: true));
        if (!report.Saved || report.RowsRead != members)
        {
            throw new InvalidOperationException($"Import not saved: {report.RowsRead} rows, {report.ProblemCount} problems, first: {(report.Problems.Count > 0 ? report.Problems[0] : null)}");
        }
    }

    private static async Task BaselineAsync(DatabaseTarget target, int members)
    {
        await using var services = Services(target);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var cells = context.Organizations.Where(o => o.Kind == OrganizationKind.GrassrootsCell).OrderBy(o => o.Name).Select(o => new { o.Id, o.Path }).ToList();
        await using var transaction = await context.Database.BeginTransactionAsync();
        var batch = new List<PartyMember>(Batch);
        for (var index = 0; index < members; index++)
        {
            var row = Row(index);
            var cell = cells[row.Cell];
            var member = new PartyMember
            {
                FullName = row.Name,
                BirthDate = row.Born,
                Gender = row.Female ? Gender.Female : Gender.Male,
                Ethnicity = "Kinh",
                Education = "12/12",
                Sector = Sector.Administration,
                AdmittedOn = row.Admitted,
                OfficialOn = row.Official,
                CardNumber = row.Card,
                OrganizationId = cell.Id,
                OrganizationPath = cell.Path,
            };
            member.OpenHistory(Today);
            batch.Add(member);
            if (batch.Count == Batch || index == members - 1)
            {
                await BulkInsert.RowsAsync(context, batch, CancellationToken.None);
                batch.Clear();
            }
        }

        await transaction.CommitAsync();
    }

    private readonly record struct MemberRow(string Name, DateOnly Born, bool Female, DateOnly Admitted, DateOnly? Official, string Card, int Cell);

    /// <summary>The index-th synthetic member: the same for the CSV and the baseline.</summary>
    private static MemberRow Row(int index)
    {
        var random = new Random(index);
        var female = random.Next(10) < 4;
        var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} {(female ? "Thị" : MiddleNames[random.Next(MiddleNames.Length)])} {GivenNames[random.Next(GivenNames.Length)]}";
        var born = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 15_000));
        var admitted = born.AddYears(20).AddDays(random.Next(0, 3_000));
        DateOnly? official = random.Next(20) == 0 ? null : admitted.AddYears(1);
        return new MemberRow(name, born, female, admitted, official, (20_000_000 + index).ToString(CultureInfo.InvariantCulture), (int)((long)index * _cells / _members));
    }

    private static string CellName(int cell) => $"Chi bộ Mẫu {cell / CellsPerDistrict + 1:000}-{cell % CellsPerDistrict + 1:000}";

    /// <summary>A CSV with the import's minimal columns (the template's headers), streamed to disk.</summary>
    private static void WriteCsv(string path, int members)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.WriteLine("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Số thẻ đảng viên,Chi bộ");
        for (var index = 0; index < members; index++)
        {
            var row = Row(index);
            writer.Write(row.Name);
            writer.Write(',');
            writer.Write(row.Born.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            writer.Write(row.Female ? ",Nữ," : ",Nam,");
            writer.Write(row.Admitted.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.Official?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.Card);
            writer.Write(',');
            writer.WriteLine(CellName(row.Cell));
        }
    }

    private static ServiceProvider Services(DatabaseTarget target)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(target);
        services.AddSingleton<TimeProvider>(new FixedClock());
        services.AddDangVuData();
        return services.BuildServiceProvider();
    }

    /// <summary>A new SQLite file, or a new database next to the given PostgreSQL one; migrated, with one tree of cells.</summary>
    private static async Task<DatabaseTarget> FreshDatabaseAsync(string? db, string folder, string name)
    {
        DatabaseTarget target;
        if (string.IsNullOrEmpty(db))
        {
            target = DatabaseTarget.Parse(Path.Combine(folder, $"{name}.db"));
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(db);
            var database = $"dangvu_bench_{name}_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db) { Database = "postgres", Pooling = false }.ConnectionString))
            {
                await admin.OpenAsync();
                await using var create = admin.CreateCommand();
                create.CommandText = $"CREATE DATABASE \"{database}\"";
                await create.ExecuteNonQueryAsync();
            }

            builder.Database = database;
            target = DatabaseTarget.Parse(builder.ConnectionString);
        }

        await using var services = Services(target);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var founded = new DateOnly(1975, 5, 1);
        var province = Organization("Tỉnh uỷ Mẫu", OrganizationKind.ProvincialCommittee, null);
        var organizations = new List<PartyOrganization> { province };
        PartyOrganization? district = null;
        for (var cell = 0; cell < _cells; cell++)
        {
            if (cell % CellsPerDistrict == 0)
            {
                district = Organization($"Huyện uỷ Mẫu {cell / CellsPerDistrict + 1:000}", OrganizationKind.BlocCommittee, province);
                organizations.Add(district);
            }

            organizations.Add(Organization(CellName(cell), OrganizationKind.GrassrootsCell, district));
        }

        await using var transaction = await context.Database.BeginTransactionAsync();
        await BulkInsert.RowsAsync(context, organizations, CancellationToken.None);
        await transaction.CommitAsync();
        return target;

        PartyOrganization Organization(string organizationName, OrganizationKind kind, PartyOrganization? parent)
        {
            var organization = new PartyOrganization
            {
                Name = organizationName,
                Kind = kind,
                Type = OrganizationType.Agency,
                ParentId = parent?.Id,
                EstablishedOn = founded,
            };
            organization.Path = OrganizationPath.Child(parent?.Path ?? OrganizationPath.Root, organization.Id);
            organization.Depth = OrganizationPath.Depth(organization.Path);
            return organization;
        }
    }

    private static async Task DropAsync(DatabaseTarget target)
    {
        if (target.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    }
}
