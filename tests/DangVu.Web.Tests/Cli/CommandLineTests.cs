using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Cli;

public sealed partial class CommandLineTests
{
    [Theory]
    [InlineData("mysql://root@localhost/dangvu", "Không nhận ra dạng --db")]
    [InlineData("Host=127.0.0.1;Port=1;Database=dangvu;Username=dangvu;Timeout=3", "Không kết nối được PostgreSQL")]
    [InlineData("/proc/dangvu-cannot-write/dangvu.db", "Không ghi được vào thư mục dữ liệu")]
    public async Task Migrate_UnusableDatabase_PrintsOneLineAndFails(string database, string message)
    {
        var result = await DangvuProcess.RunAsync("--db", database, "migrate");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortInUse_PrintsOneLineAndFails()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await DangvuProcess.RunAsync("serve", "--db", database.Target.Display, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Không mở được cổng web", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task AuditVerify_RowEditedInSql_FailsAndNamesTheEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var connection = database.Target.Provider == DatabaseProvider.Sqlite ? database.Target.Display : database.Target.ConnectionString;
        var added = await DangvuProcess.RunAsync("user", "add", "vanphong.tu", "--full-name", "Trần Thị Thuỷ", "--role", "Office", "--db", connection);
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Mật khẩu dùng một lần", added.Output, StringComparison.Ordinal);
        var intact = await DangvuProcess.RunAsync("audit", "verify", "--db", connection);
        Assert.Equal((0, true), (intact.ExitCode, intact.Output.Contains("nguyên vẹn", StringComparison.Ordinal)));

        await database.ExecuteAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'forged' WHERE \"Sequence\" = 1");
        var broken = await DangvuProcess.RunAsync("audit", "verify", "--db", connection);

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("tại mục 1", broken.Error, StringComparison.Ordinal);
        Assert.Contains("đã bị sửa", broken.Error, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task OrgTree_Json_ListsEveryOrganizationWithItsParent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid provinceId;
        await using (var services = database.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
            var province = (await restructuring.CreateAsync(
                new NewOrganization("Tỉnh uỷ Bình Thuận", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null),
                new Decision(new DateOnly(2005, 12, 1)), TestContext.Current.CancellationToken)).Organization!;
            await restructuring.CreateAsync(
                new NewOrganization("Đảng uỷ khối cơ quan Dân Chính Đảng", OrganizationKind.BlocCommittee, OrganizationType.Agency, null, province.Id),
                new Decision(new DateOnly(2005, 12, 1)), TestContext.Current.CancellationToken);
            provinceId = province.Id;
        }

        var connection = provider == DatabaseProvider.Sqlite ? database.Target.Display : database.Target.ConnectionString;
        var result = await DangvuProcess.RunAsync("org", "tree", "--json", "--db", connection);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["Tỉnh uỷ Bình Thuận", "Đảng uỷ khối cơ quan Dân Chính Đảng"], rows.Select(row => row.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("parent").ValueKind);
        Assert.Equal(provinceId, rows[1].GetProperty("parent").GetGuid());
        Assert.Equal(rows[0].GetProperty("id").GetGuid(), provinceId);
    }

    [Fact]
    public async Task MemberSearch_Json_FindsByUnaccentedNameWithOrganization()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var services = database.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            var founded = new Decision(new DateOnly(2005, 1, 1));
            var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
            var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, TestContext.Current.CancellationToken)).Organization!;
            var cell = (await restructuring.CreateAsync(new("Chi bộ Tỉnh Đoàn", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded, TestContext.Current.CancellationToken)).Organization!;
            await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(new NewMember(
                "Nguyễn Văn Hòa", new DateOnly(1990, 1, 1), Gender.Male, cell.Id, new DateOnly(2012, 1, 1), new DateOnly(2013, 1, 1), CardNumber: "77000001"),
                cancellationToken: TestContext.Current.CancellationToken);
        }

        var result = await DangvuProcess.RunAsync("member", "search", "nguyen van hoa", "--json", "--db", database.Target.Display);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var member = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("Nguyễn Văn Hoà", member.GetProperty("fullName").GetString());
        Assert.Equal("Chi bộ Tỉnh Đoàn", member.GetProperty("organization").GetString());
        Assert.Equal("••••0001", member.GetProperty("cardNumber").GetString());
        Assert.True(Guid.TryParse(member.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Demo_PrintsEachDemoAccountWithItsRoleAndTheSharedPassword_AgainAtTheNextStart()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        probe.Stop();

        var first = (await DangvuProcess.RunUntilServingAsync("demo", "--db", database.Target.Display, "--urls", url)).Output;
        var second = (await DangvuProcess.RunUntilServingAsync("demo", "--db", database.Target.Display, "--urls", url)).Output;

        Assert.Contains("DangVu — tài khoản mẫu", first, StringComparison.Ordinal);
        foreach (var line in new[]
        {
            "vanphong   Văn phòng cấp uỷ", "bithu      Bí thư — Đảng bộ Bệnh viện Đa khoa tỉnh", "kiemtra    Uỷ ban kiểm tra",
            "dangvien   Đảng viên — Chi bộ Khoa Nội", "dangvien2  Đảng viên — Chi bộ Khoa Ngoại",
        })
        {
            Assert.Contains(line, first, StringComparison.Ordinal);
        }

        var password = SharedPassword().Match(first).Groups[1].Value;
        Assert.Equal(16, password.Length);
        Assert.Equal(password, SharedPassword().Match(second).Groups[1].Value);
        Assert.Contains("Mật khẩu dùng một lần", first, StringComparison.Ordinal); // the real administrator's, on the first start only
        Assert.DoesNotContain("Mật khẩu dùng một lần", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_DatabaseWithRealData_IsRefusedInOneLineAndGetsNoDemoAccounts()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var added = await DangvuProcess.RunAsync("user", "add", "tran.thuy", "--full-name", "Trần Thị Thuỷ", "--role", "Office", "--db", database.Target.Display);
        Assert.Equal(0, added.ExitCode);

        var result = await DangvuProcess.RunUntilServingAsync("demo", "--db", database.Target.Display, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không thêm dữ liệu mẫu hay tài khoản mẫu", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("tài khoản mẫu", result.Output, StringComparison.Ordinal);
        await using var services = database.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVu.Data.DangVuDbContext>();
        Assert.False(await context.Users.AnyAsync(user => user.IsSynthetic, TestContext.Current.CancellationToken));
        Assert.False(await context.Organizations.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MistypedVerb_IsRefusedInsteadOfStartingTheServer()
    {
        var result = await DangvuProcess.RunAsync("migarte");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không có lệnh hay tham số “migarte”", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dangvu: Thiếu tham số của lệnh “search”.", "member", "search")]
    [InlineData("dangvu: Không có lệnh hay tham số “--frobnicate”.", "member", "search", "hoa", "--frobnicate")]
    public async Task MistypedArguments_AreRefusedInVietnameseWithTheVerbsHelp(string expected, params string[] arguments)
    {
        var result = await DangvuProcess.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
        Assert.Contains("dangvu member search <query> [tuỳ chọn]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_MissingSqliteFile_SaysSoAndCreatesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dangvu-missing-{Guid.NewGuid():N}.db");

        var result = await DangvuProcess.RunAsync("audit", "verify", "--db", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Chưa có tệp dữ liệu", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task UserAdd_BadUserName_ExplainsInVietnamese()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await DangvuProcess.RunAsync("user", "add", "tên có dấu", "--full-name", "Lê Văn Tám", "--role", "Member", "--db", database.Target.Display);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("chỉ được gồm chữ không dấu", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("Mật khẩu chung: ([A-Za-z0-9]+)")]
    private static partial Regex SharedPassword();
}
