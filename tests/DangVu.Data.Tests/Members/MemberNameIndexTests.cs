using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Import;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Members;

/// <summary>
/// The server's name index against writes from its own process and from another (a second service provider on the same
/// database, with its own index, as a command-line import would be). Its answers are read from the snapshot itself, so
/// the database's search cannot hide a stale index.
/// </summary>
public sealed class MemberNameIndexTests
{
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dung", "Đào", "Hà", "Lan", "Mai", "Nga", "Ánh"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task FirstIds_AfterWritesHere_FindsThemAtOnceInNameOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = database.BuildServices();
        var (cellA, cellB) = await MemberSearchTests.TwoCellsAsync(server);
        var hoa = await MemberSearchTests.AddAsync(server, "Nguyễn Văn Hoà", cellA, new DateOnly(1980, 1, 1), "810001");
        var index = server.GetRequiredService<MemberNameIndex>();
        await index.StartAsync();

        var an = await MemberSearchTests.AddAsync(server, "Trần Thị Hoa", cellB, new DateOnly(1981, 1, 1), "810002");
        var hoai = await MemberSearchTests.AddAsync(server, "Lê Hoài", cellA, new DateOnly(1980, 6, 1), "810003");

        Assert.Equal([an.Id, hoa.Id, hoai.Id], await FirstIdsAsync(server, "hoa", OrganizationPath.Root));
        Assert.Equal([hoa.Id, hoai.Id], await FirstIdsAsync(server, "hoa", cellA.Path));
        Assert.Equal([hoa.Id, hoai.Id], await FirstIdsAsync(server, "1980", OrganizationPath.Root));
        Assert.Equal([hoa.Id], await FirstIdsAsync(server, "nguyen van h", OrganizationPath.Root));
        Assert.Equal([hoai.Id], await FirstIdsAsync(server, "le", OrganizationPath.Root));
        Assert.Empty(await FirstIdsAsync(server, "nguyen thi h", OrganizationPath.Root));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task FirstIds_AnotherProcessRenamesInATransaction_SeesItOnlyOnceCommitted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = database.BuildServices();
        await using var other = database.BuildServices();
        var (cellA, cellB) = await MemberSearchTests.TwoCellsAsync(server);
        var member = await MemberSearchTests.AddAsync(server, "Nguyễn Văn Hoà", cellA, new DateOnly(1980, 1, 1), "820001");
        var index = server.GetRequiredService<MemberNameIndex>();
        await index.StartAsync();

        await using (var scope = other.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync(Cancel);
            var renamed = await context.Members.SingleAsync(m => m.Id == member.Id, Cancel);
            renamed.FullName = "Nguyễn Văn Hùng";
            (renamed.OrganizationId, renamed.OrganizationPath) = (cellB.Id, cellB.Path);
            (renamed.CardNumber, renamed.Status) = ("820099", MemberStatus.TemporarilyAway);
            await context.SaveChangesAsync(Cancel);

            Assert.Equal([member.Id], await FirstIdsAsync(server, "hoa", OrganizationPath.Root));
            Assert.Empty(await FirstIdsAsync(server, "hung", OrganizationPath.Root));
            await transaction.CommitAsync(Cancel);
        }

        Assert.Empty(await FirstIdsAsync(server, "hoa", OrganizationPath.Root));
        var hit = Assert.Single(await FirstHitsAsync(server, "hung", cellB.Path));
        Assert.Equal(
            new MemberSearchHit(member.Id, "Nguyễn Văn Hùng", member.BirthDate, member.Gender, MemberStatus.TemporarilyAway, "820099", cellB.Id, false), hit);
        Assert.Empty(await FirstIdsAsync(server, "hung", cellA.Path));
        var snapshot = await server.GetRequiredService<MemberNameIndex>().CurrentAsync(Cancel);
        Assert.True(snapshot!.MayHaveCard("820099"));
        Assert.False(snapshot.MayHaveCard("nguyen"));
    }

    [Fact]
    public async Task Feed_WhileAnotherTransactionStaysOpen_ReadsEachCommittedChangeOnce()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var server = database.BuildServices();
        await using var other = database.BuildServices();
        var (cellA, _) = await MemberSearchTests.TwoCellsAsync(server);
        var member = await MemberSearchTests.AddAsync(server, "Nguyễn Văn Hoà", cellA, new DateOnly(1980, 1, 1), "830001");
        var index = server.GetRequiredService<MemberNameIndex>();
        await index.StartAsync();

        // A long import elsewhere: its transaction has written and stays open.
        await using var scope = other.CreateAsyncScope();
        var importing = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        await using var transaction = await importing.Database.BeginTransactionAsync(Cancel);
        // Plain SQL: no counters or audit rows, which the server's own writes would wait for.
        await importing.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Members" SET "CardNumber" = '830099' WHERE "Id" = {member.Id}""", Cancel);
        var held = await importing.Database.SqlQueryRaw<long>("SELECT pg_current_xact_id()::text::bigint AS \"Value\"").SingleAsync(Cancel);

        var renamed = await MemberSearchTests.AddAsync(server, "Trần Thị Lan", cellA, new DateOnly(1990, 1, 1), "830002");
        Assert.Equal([renamed.Id], await FirstIdsAsync(server, "lan", OrganizationPath.Root));
        var afterFirstRead = (await index.CurrentAsync(Cancel))!.Mark;
        Assert.Equal([renamed.Id], await FirstIdsAsync(server, "lan", OrganizationPath.Root));
        var afterSecondRead = (await index.CurrentAsync(Cancel))!.Mark;

        // The open transaction is carried as in progress while the mark moves past what was read. (The test cluster is
        // shared: other tests' transactions may be in progress too.)
        Assert.Contains(held, afterFirstRead.InProgress);
        Assert.Contains(held, afterSecondRead.InProgress);
        Assert.True(afterFirstRead.Changed > held);
        await transaction.CommitAsync(Cancel);
        Assert.Equal("830099", Assert.Single(await FirstHitsAsync(server, "hoa", OrganizationPath.Root)).CardNumber);
        Assert.DoesNotContain(held, (await index.CurrentAsync(Cancel))!.Mark.InProgress);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task FirstIds_AnotherProcessImportsMoreThanItKeeps_ReadsEveryoneAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = database.BuildServices();
        await using var other = database.BuildServices();
        var (cellA, _) = await MemberSearchTests.TwoCellsAsync(server);
        var index = server.GetRequiredService<MemberNameIndex>();
        await index.StartAsync();

        var imported = Enumerable.Range(0, MemberNameIndex.ChangesKept + 1).Select(number => new PartyMember
        {
            FullName = $"Phạm Thị {GivenNames[number % GivenNames.Length]}",
            BirthDate = new DateOnly(1970, 1, 1).AddDays(number),
            OrganizationId = cellA.Id,
            OrganizationPath = cellA.Path,
            AdmittedOn = new DateOnly(2000, 1, 1),
        }).ToList();
        await using (var scope = other.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync(Cancel);
            await new MemberBulkWriter(context).WriteAsync(imported, Cancel);
            await transaction.CommitAsync(Cancel);
        }

        server.GetRequiredService<MemberNameIndexFreshness>().Committed();
        Assert.Null(await index.CurrentAsync(Cancel));
        Assert.False(index.IsReady);
        await index.StartAsync();
        var expected = imported.Order(Comparer<PartyMember>.Create((left, right) =>
            IndexedMember.CompareNames(left.GivenName, IndexedMember.FamilyNameOf(left.GivenName, left.SortName), left.Id,
                right.GivenName, IndexedMember.FamilyNameOf(right.GivenName, right.SortName), right.Id))).Take(20).Select(m => m.Id);
        Assert.Equal(expected, await FirstIdsAsync(server, "pham thi", OrganizationPath.Root));
    }

    // After a poll of the feed, as when this process has just committed or a second has passed.
    private static async Task<IReadOnlyList<Guid>> FirstIdsAsync(ServiceProvider server, string query, string scope) =>
        [.. (await FirstHitsAsync(server, query, scope)).Select(hit => hit.Id)];

    private static async Task<List<MemberSearchHit>> FirstHitsAsync(ServiceProvider server, string query, string scope)
    {
        server.GetRequiredService<MemberNameIndexFreshness>().Committed();
        var snapshot = await server.GetRequiredService<MemberNameIndex>().CurrentAsync(Cancel) ?? throw new InvalidOperationException("The index is not ready.");
        return snapshot.FirstHits(NameQuery.Of(query), [scope], 20) ?? throw new InvalidOperationException("The index gave up.");
    }
}
