using DangVu.Core.FollowUp;
using DangVu.Data;
using DangVu.Data.Documents;
using DangVu.Data.FollowUp;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Demo;

public sealed class DemoFollowUpTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_TheNoticesEightTasks_AsOfMidOctober2008_SomeDoneSomeLateOneOverdue_AndTheSecretarySeesTheHospitalsShare()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();

        await SeedAsync(factory);
        await SeedAsync(factory);

        await using var scope = factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<FollowUpQueries>();
        var notice = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Documents.Where(d => d.SymbolKey == "509-tb-tu").Select(d => d.Id).SingleAsync(Cancel);
        var rows = await queries.RowsAsync(new TaskSelection(SourceKey: RegisteredDirectiveSources.KeyOf(notice)), FollowUpReach.WholeTree, DemoFollowUp.AsOf, Cancel);
        var rollup = FollowUpRollup.Of(rows.Select(r => r.Snapshot), DemoFollowUp.AsOf);
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsSynthetic));
        Assert.Equal((2, 1, 1, 2, 2), (rollup.Counts[TaskState.Done], rollup.Counts[TaskState.DoneLate], rollup.Counts[TaskState.Overdue], rollup.Counts[TaskState.OnTrack], rollup.Counts[TaskState.NotStarted]));
        Assert.Equal("Chi bộ Uỷ ban Kiểm tra Tỉnh uỷ", Assert.Single(rollup.Overdue).Task.LeadOrganizationName);
        var hospital = await scope.ServiceProvider.GetRequiredService<DemoOrganizations>().PathOfAsync(DemoOrganizations.HospitalName, Cancel);
        // The hospital's cells also lead the decisions their meetings track; of the notice's tasks it sees its share.
        var secretary = await queries.RowsAsync(new TaskSelection(SourceKey: RegisteredDirectiveSources.KeyOf(notice)), new FollowUpReach([hospital], []), DemoFollowUp.AsOf, Cancel);
        Assert.Equal("Chi bộ Ban Tổ chức Tỉnh uỷ", Assert.Single(secretary).Snapshot.LeadOrganizationName);
        Assert.True(await queries.HasSyntheticAsync(Cancel));
    }

    private static async Task SeedAsync(DangVuAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(factory.Notices, Cancel);
    }
}
