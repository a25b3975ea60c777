using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Statistics;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Statistics;

/// <summary>
/// The member counters against a full recount (<see cref="MemberCounters.VerifyAsync"/>) and the statistics read from
/// them against GROUP BY over the members, after every kind of change a member file goes through.
/// </summary>
public sealed class MemberCountersTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private static readonly string[] Ethnicities = ["Kinh", "Tày", "Chăm", "Khmer", "Hoa"];
    private static readonly string?[] Educations = ["12/12", "10/10", "9/12", null];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Counters_AddedAndEditedMembers_EqualRecountAndGroupBy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);

        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            var members = await context.Members.OrderBy(m => m.Id).Take(12).ToListAsync(Cancel);
            members[0].Gender = members[0].Gender == Gender.Male ? Gender.Female : Gender.Male;
            members[1].Sector = Sector.Health;
            members[2].BirthDate = new DateOnly(1999, 12, 31);
            members[3].Ethnicity = "Ê Đê";
            members[4].Education = null;
            members[5].Education = "12/12 (bổ túc)";
            (members[6].Gender, members[6].Sector, members[6].BirthDate) = (Gender.Female, Sector.Education, new DateOnly(1950, 1, 1));
            members[7].FullName = "Tên Khác Không Đếm";
            context.Members.Remove(members[8]);
            await context.SaveChangesAsync(Cancel);
        }

        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Counters_DatedStatusEvents_FollowTheStatusAndPlacement(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);
        var before = await StatisticsAsync(services, [tree.Province.Path]);
        var members = await MembersInAsync(services, tree.Cell1.Id);

        await RecordAsync(services, members[0], MemberEventKind.TemporaryTransferOut);
        await RecordAsync(services, members[1], MemberEventKind.Exempted);
        await RecordAsync(services, members[2], MemberEventKind.Removed);
        await RecordAsync(services, members[3], MemberEventKind.Died);
        await RecordAsync(services, members[4], MemberEventKind.PermanentTransferOut);
        await RecordAsync(services, members[5], MemberEventKind.Reassigned, tree.Cell3.Id);

        var after = await StatisticsAsync(services, [tree.Province.Path]);
        Assert.Equal(before.OnRolls - 3, after.OnRolls);
        Assert.Equal(1, after.ByStatus.GetValueOrDefault(MemberStatus.Deceased));
        Assert.Equal(1, after.ByStatus.GetValueOrDefault(MemberStatus.TemporarilyAway));
        var cell1 = await StatisticsAsync(services, [tree.Cell1.Path]);
        Assert.Equal(members.Count - 1, cell1.ByStatus.Values.Sum());
        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Counters_MoveAndMergeOfOrganizations_MoveTheCounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);
        var cell1 = await StatisticsAsync(services, [tree.Cell1.Path]);
        var cell2 = await StatisticsAsync(services, [tree.Cell2.Path]);
        var committee2 = await StatisticsAsync(services, [tree.Committee2.Path]);

        await using (var scope = services.CreateAsyncScope())
        {
            var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
            var moved = await restructuring.MoveAsync(tree.Committee2.Id, tree.Committee2.Version, tree.Bloc1.Id, new Decision(new DateOnly(2024, 1, 1)), Cancel);
            Assert.Null(moved.Error);
            var merged = await restructuring.MergeAsync([tree.Cell1.Id], tree.Cell2.Id, new Decision(new DateOnly(2024, 2, 1)), Cancel);
            Assert.Null(merged.Error);
        }

        tree = await ReloadAsync(services, tree);
        Assert.StartsWith(tree.Bloc1.Path, tree.Committee2.Path, StringComparison.Ordinal);
        Assert.Equal(cell1.OnRolls + cell2.OnRolls, (await StatisticsAsync(services, [tree.Cell2.Path])).OnRolls);
        Assert.Equal(0, (await StatisticsAsync(services, [tree.Cell1.Path])).OnRolls);
        Assert.Equal(0, (await StatisticsAsync(services, [tree.Bloc2.Path])).OnRolls);
        Assert.Equal(committee2.Rows, (await StatisticsAsync(services, [tree.Committee2.Path])).Rows);
        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecountAsync_MembersWrittenWithSql_AreCountedAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);

        // A bulk load writes rows with SQL, out of EF's sight: copies of members into two cells, and a changed column.
        await CopyMembersWithSqlAsync(services, tree.Cell1.Id, tree.Cell1.Id);
        await CopyMembersWithSqlAsync(services, tree.Cell3.Id, tree.Cell3.Id);
        await database.ExecuteAsync($"UPDATE \"Members\" SET \"Gender\" = 'Female', \"Sector\" = 'Health' WHERE \"OrganizationPath\" = '{tree.Cell2.Path}'");
        var drift = await VerifyAsync(services);
        Assert.Contains(drift, d => d.OrganizationId == tree.Cell1.Id);
        Assert.Contains(drift, d => d.OrganizationId == tree.Cell3.Id);
        Assert.Contains(drift, d => d.OrganizationId == Guid.Empty);

        await RecountAsync(services, [tree.Cell1.Id, tree.Cell2.Id]);
        var left = await VerifyAsync(services);
        Assert.DoesNotContain(left, d => d.OrganizationId == tree.Cell1.Id || d.OrganizationId == tree.Cell2.Id);
        Assert.Contains(left, d => d.OrganizationId == tree.Cell3.Id);

        // Nested ids: the cell inside the bloc is recounted with it, and the province and the whole tree get the difference.
        await RecountAsync(services, [tree.Cell3.Id, tree.Bloc2.Id]);
        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MemberCountBatch_MembersWrittenWithSql_AreCountedWithoutReadingBack(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);
        var before = (await MembersInAsync(services, tree.Cell2.Id)).Concat(await MembersInAsync(services, tree.GrassrootsCell.Id)).Select(m => m.Id).ToHashSet();
        await CopyMembersWithSqlAsync(services, tree.Cell1.Id, tree.Cell2.Id);
        await CopyMembersWithSqlAsync(services, tree.Cell3.Id, tree.GrassrootsCell.Id);
        var copied = (await MembersInAsync(services, tree.Cell2.Id)).Concat(await MembersInAsync(services, tree.GrassrootsCell.Id))
            .Where(m => !before.Contains(m.Id)).ToList();
        var deleted = (await MembersInAsync(services, tree.Cell3.Id)).Take(3).ToList();
        await database.ExecuteAsync($"DELETE FROM \"Members\" WHERE \"Id\" IN ({string.Join(", ", deleted.Select(m => $"'{(provider == DatabaseProvider.Sqlite ? m.Id.ToString().ToUpperInvariant() : m.Id.ToString())}'"))})");
        Assert.NotEmpty(await VerifyAsync(services));

        await using (var scope = services.CreateAsyncScope())
        {
            var batch = new MemberCountBatch();
            foreach (var member in copied)
            {
                batch.Added(member);
            }

            foreach (var member in deleted)
            {
                batch.Removed(member.OrganizationPath, member.Status, member.Gender, member.BirthDate, member.Ethnicity, member.Education, member.Sector);
            }

            Assert.Equal(copied.Count - 3, batch.Members);
            await batch.ApplyAsync(scope.ServiceProvider.GetRequiredService<DangVuDbContext>(), Cancel);
        }

        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecountAsync_AllAfterCountersLost_RebuildsEveryCounter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);
        await database.ExecuteAsync("DELETE FROM \"MemberCounts\"");
        Assert.NotEmpty(await VerifyAsync(services));

        await using (var scope = services.CreateAsyncScope())
        {
            await MemberCounters.RecountAsync(scope.ServiceProvider.GetRequiredService<DangVuDbContext>(), Cancel);
        }

        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Counters_FailedOrRolledBackSave_CountNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);
        var before = await StatisticsAsync(services, [OrganizationPath.Root]);

        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            var taken = await context.Members.AsNoTracking().Where(m => m.CardNumber != null).Select(m => m.CardNumber).FirstAsync(Cancel);
            context.Members.Add(NewMember(tree.Cell1, "Trùng Thẻ", cardNumber: taken));
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Cancel));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync(Cancel);
            context.Members.Add(NewMember(tree.Cell2, "Huỷ Bỏ"));
            await context.SaveChangesAsync(Cancel);
            await transaction.RollbackAsync(Cancel);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync(Cancel);
            context.Members.Add(NewMember(tree.Cell2, "Giữ Lại"));
            await context.SaveChangesAsync(Cancel);
            await transaction.CommitAsync(Cancel);
        }

        Assert.Equal(before.OnRolls + 1, (await StatisticsAsync(services, [OrganizationPath.Root])).OnRolls);
        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Counters_ConcurrentSavesInOneCell_AllCount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);
        var before = await StatisticsAsync(services, [tree.Cell1.Path]);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            context.Members.Add(NewMember(tree.Cell1, $"Cùng Lúc {i}"));
            await context.SaveChangesAsync(Cancel);
        }));

        Assert.Equal(before.OnRolls + 8, (await StatisticsAsync(services, [tree.Cell1.Path])).OnRolls);
        await AssertCountersRightAsync(services, tree);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ForSubtreeAsync_SeveralOrNestedScopes_CountEachMemberOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await TreeWithMembersAsync(services);

        var committee1 = await StatisticsAsync(services, [tree.Committee1.Path]);
        var nested = await StatisticsAsync(services, [tree.Committee1.Path, tree.Cell1.Path]);
        var both = await StatisticsAsync(services, [tree.Cell1.Path, tree.Cell3.Path]);
        var cell1 = await StatisticsAsync(services, [tree.Cell1.Path]);
        var cell3 = await StatisticsAsync(services, [tree.Cell3.Path]);
        var none = await StatisticsAsync(services, []);

        Assert.Equal(committee1.Rows, nested.Rows);
        Assert.Equal(cell1.OnRolls + cell3.OnRolls, both.OnRolls);
        Assert.True(cell1.OnRolls > 0 && cell3.OnRolls > 0);
        Assert.Empty(none.Rows);
        Assert.Equal(both.OnRolls, both.ByAgeBand.Sum(band => band.Count));
    }

    private static async Task AssertCountersRightAsync(ServiceProvider services, Tree tree)
    {
        Assert.Empty(await VerifyAsync(services));
        string[][] scopes =
        [
            [OrganizationPath.Root], [tree.Province.Path], [tree.Bloc1.Path], [tree.Bloc2.Path], [tree.Committee1.Path],
            [tree.Committee2.Path], [tree.Cell1.Path], [tree.Cell2.Path], [tree.Cell3.Path], [tree.GrassrootsCell.Path],
            [tree.Cell1.Path, tree.Cell3.Path, tree.GrassrootsCell.Path], [tree.Bloc1.Path, tree.Cell2.Path],
        ];
        await using var scope = services.CreateAsyncScope();
        var statistics = scope.ServiceProvider.GetRequiredService<MemberStatistics>();
        foreach (var paths in scopes)
        {
            var counted = await statistics.ForSubtreeAsync(paths, AsOf, Cancel);
            var grouped = await statistics.ByGroupByAsync(paths, AsOf, Cancel);
            Assert.Equal(grouped.Rows, counted.Rows);
            Assert.Equal(grouped.ByAgeBand, counted.ByAgeBand);
        }
    }

    private static async Task<IReadOnlyList<CounterDifference>> VerifyAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await MemberCounters.VerifyAsync(scope.ServiceProvider.GetRequiredService<DangVuDbContext>(), Cancel);
    }

    private static async Task RecountAsync(ServiceProvider services, Guid[] organizationIds)
    {
        await using var scope = services.CreateAsyncScope();
        await MemberCounters.RecountAsync(scope.ServiceProvider.GetRequiredService<DangVuDbContext>(), organizationIds, Cancel);
    }

    private static async Task<MemberStatisticsReport> StatisticsAsync(ServiceProvider services, string[] paths)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MemberStatistics>().ForSubtreeAsync(paths, AsOf, Cancel);
    }

    private static async Task<List<PartyMember>> MembersInAsync(ServiceProvider services, Guid organizationId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Members.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId).OrderBy(m => m.Id).ToListAsync(Cancel);
    }

    private static async Task RecordAsync(ServiceProvider services, PartyMember member, MemberEventKind kind, Guid? organization = null)
    {
        await using var scope = services.CreateAsyncScope();
        var (recorded, error, _) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>()
            .RecordEventAsync(member.Id, member.Version, kind, new DateOnly(2025, 3, 1), organization, note: null, Cancel);
        Assert.True(recorded is not null, error);
    }

    /// <summary>Copies the members of one cell into another with one INSERT … SELECT, as a bulk load would.</summary>
    private static async Task CopyMembersWithSqlAsync(ServiceProvider services, Guid from, Guid to)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var target = await context.Organizations.AsNoTracking().SingleAsync(o => o.Id == to, Cancel);
        var columns = context.Model.FindEntityType(typeof(PartyMember))!.GetProperties().Select(p => p.GetColumnName()).ToList();
        var npgsql = context.Database.IsNpgsql();
        var newId = npgsql ? "gen_random_uuid()" : "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";
        var source = columns.Select(column => column switch
        {
            "Id" => newId,
            "CardNumber" or "CitizenId" => "NULL",
            "OrganizationId" => "{0}",
            "OrganizationPath" => "{1}",
            _ => $"\"{column}\"",
        });
        var sql = $"INSERT INTO \"Members\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", source)} FROM \"Members\" WHERE \"OrganizationId\" = {{2}}";
        var copied = await context.Database.ExecuteSqlRawAsync(sql, [to, target.Path, from], Cancel);
        Assert.True(copied > 0);
    }

    private static PartyMember NewMember(PartyOrganization cell, string name, string? cardNumber = null) => new()
    {
        FullName = name,
        BirthDate = new DateOnly(1990, 5, 5),
        Gender = Gender.Female,
        AdmittedOn = new DateOnly(2015, 1, 1),
        OfficialOn = new DateOnly(2016, 1, 1),
        Status = MemberStatus.Official,
        OrganizationId = cell.Id,
        OrganizationPath = cell.Path,
        CardNumber = cardNumber,
        Education = "12/12",
    };

    private static async Task<Tree> TreeWithMembersAsync(ServiceProvider services)
    {
        Tree tree;
        await using (var scope = services.CreateAsyncScope())
        {
            var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
            var founded = new Decision(new DateOnly(2000, 1, 1));
            async Task<PartyOrganization> CreateAsync(string name, OrganizationKind kind, PartyOrganization? parent) =>
                (await restructuring.CreateAsync(new(name, kind, OrganizationType.Agency, null, parent?.Id), founded, Cancel)).Organization!;
            var province = await CreateAsync("Tỉnh uỷ Thử", OrganizationKind.ProvincialCommittee, null);
            var bloc1 = await CreateAsync("Đảng uỷ khối Một", OrganizationKind.BlocCommittee, province);
            var bloc2 = await CreateAsync("Đảng uỷ khối Hai", OrganizationKind.BlocCommittee, province);
            var committee1 = await CreateAsync("Đảng bộ Một", OrganizationKind.GrassrootsCommittee, bloc1);
            var committee2 = await CreateAsync("Đảng bộ Hai", OrganizationKind.GrassrootsCommittee, bloc2);
            tree = new(province, bloc1, bloc2, committee1, committee2,
                await CreateAsync("Chi bộ 1", OrganizationKind.Cell, committee1),
                await CreateAsync("Chi bộ 2", OrganizationKind.Cell, committee1),
                await CreateAsync("Chi bộ 3", OrganizationKind.Cell, committee2),
                await CreateAsync("Chi bộ cơ sở", OrganizationKind.GrassrootsCell, province));
        }

        // Most in one save (the deltas of many members added up), a few saved one by one.
        var random = new Random(7);
        PartyOrganization[] cells = [tree.Cell1, tree.Cell2, tree.Cell3, tree.GrassrootsCell];
        await using (var scope = services.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
            for (var i = 0; i < 64; i++)
            {
                var admitted = new DateOnly(2000 + random.Next(20), 1 + random.Next(12), 1);
                var (member, errors) = await registry.AddAsync(
                    new NewMember(
                        $"Đảng Viên Số {i}", new DateOnly(1950 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28)),
                        random.Next(2) == 0 ? Gender.Male : Gender.Female, cells[i % cells.Length].Id, admitted,
                        random.Next(4) == 0 ? null : admitted.AddYears(1), (Sector)(1 + random.Next(6)),
                        CardNumber: $"T{i:D6}", Ethnicity: Ethnicities[random.Next(Ethnicities.Length)]),
                    save: i >= 56, Cancel);
                Assert.True(member is not null, string.Join("; ", errors));
                member.Education = Educations[random.Next(Educations.Length)];
            }

            await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().SaveChangesAsync(Cancel);
        }

        return tree;
    }

    private static async Task<Tree> ReloadAsync(ServiceProvider services, Tree tree)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        async Task<PartyOrganization> Get(PartyOrganization organization) => await context.Organizations.AsNoTracking().SingleAsync(o => o.Id == organization.Id, Cancel);
        return new(await Get(tree.Province), await Get(tree.Bloc1), await Get(tree.Bloc2), await Get(tree.Committee1), await Get(tree.Committee2),
            await Get(tree.Cell1), await Get(tree.Cell2), await Get(tree.Cell3), await Get(tree.GrassrootsCell));
    }

    private sealed record Tree(
        PartyOrganization Province, PartyOrganization Bloc1, PartyOrganization Bloc2, PartyOrganization Committee1, PartyOrganization Committee2,
        PartyOrganization Cell1, PartyOrganization Cell2, PartyOrganization Cell3, PartyOrganization GrassrootsCell);
}
