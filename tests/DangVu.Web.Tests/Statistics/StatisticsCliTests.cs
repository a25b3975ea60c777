using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using DangVu.Web.Tests.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Statistics;

public sealed class StatisticsCliTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task StatsVerify_CounterEditedInSql_FailsUntilRecounted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var services = database.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
            var province = (await restructuring.CreateAsync(
                new NewOrganization("Tỉnh uỷ Thử", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null),
                new Decision(new DateOnly(2005, 1, 1)), TestContext.Current.CancellationToken)).Organization!;
            var cell = (await restructuring.CreateAsync(
                new NewOrganization("Chi bộ Thử", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id),
                new Decision(new DateOnly(2005, 1, 1)), TestContext.Current.CancellationToken)).Organization!;
            await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
                new NewMember("Lê Thị Đếm", new DateOnly(1980, 1, 1), Gender.Female, cell.Id, new DateOnly(2005, 6, 1), new DateOnly(2006, 6, 1)),
                cancellationToken: TestContext.Current.CancellationToken);
        }

        var connection = provider == DatabaseProvider.Sqlite ? database.Target.Display : database.Target.ConnectionString;
        var intact = await DangvuProcess.RunAsync("stats", "verify", "--db", connection);
        await database.ExecuteAsync("UPDATE \"MemberCounts\" SET \"Count\" = 7 WHERE \"Dimension\" = 'Gender'");
        var broken = await DangvuProcess.RunAsync("stats", "verify", "--db", connection);
        var recount = await DangvuProcess.RunAsync("stats", "recount", "--db", connection);
        var repaired = await DangvuProcess.RunAsync("stats", "verify", "--db", connection);

        Assert.Equal((0, true), (intact.ExitCode, intact.Output.Contains("khớp với hồ sơ", StringComparison.Ordinal)));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("Gender “Female”: hồ sơ 1, bộ đếm 7", broken.Error, StringComparison.Ordinal);
        Assert.Equal(0, recount.ExitCode);
        Assert.Equal(0, repaired.ExitCode);
    }
}
