using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Members;

public sealed class MemberSearchTests
{
    // Queries the large-scope test's members answer, so its comparison is never between two empty lists.
    private static readonly string[] MustFind = ["d", "du", "duc", "hoa", "hoang", "nguyen van", "nguyen van h", "1980", "700012", "ong", "u"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SearchAsync_AnySpellingOfTheName_FindsTheMemberInVietnameseOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cellA, cellB) = await TwoCellsAsync(services);
        await AddAsync(services, "Nguyễn Văn Hòa", cellA, new DateOnly(1980, 3, 1), "093001");
        await AddAsync(services, "Trần Thị Hoà", cellA, new DateOnly(1975, 5, 2), "093002");
        await AddAsync(services, "Nguyễn Văn Hoàng", cellA, new DateOnly(1980, 7, 9), "093003");
        await AddAsync(services, "Lê Đức Anh", cellB, new DateOnly(1990, 1, 1), "093004");

        foreach (var query in new[] { "nguyen van hoa", "NGUYEN VAN HOA", "Nguyễn Văn Hoà", "nguyễn văn hòa" })
        {
            Assert.Equal(["Nguyễn Văn Hoà", "Nguyễn Văn Hoàng"], await SearchAsync(services, query, OrganizationPath.Root));
        }

        // Given name first (Hoà before Hoàng), then family and middle names (Nguyễn before Trần).
        Assert.Equal(["Nguyễn Văn Hoà", "Trần Thị Hoà", "Nguyễn Văn Hoàng"], await SearchAsync(services, "hoa", OrganizationPath.Root));
        Assert.Equal(["Nguyễn Văn Hoà", "Trần Thị Hoà"], await SearchAsync(services, "Hòa", OrganizationPath.Root, exactGiven: true));
        Assert.Equal(["Lê Đức Anh"], await SearchAsync(services, "le duc", OrganizationPath.Root));
        Assert.Equal(["Trần Thị Hoà"], await SearchAsync(services, "093002", OrganizationPath.Root));
        Assert.Equal(["Nguyễn Văn Hoà", "Nguyễn Văn Hoàng"], await SearchAsync(services, "1980", OrganizationPath.Root));
        Assert.Equal(["Lê Đức Anh"], await SearchAsync(services, "", cellB.Path));
        Assert.Empty(await SearchAsync(services, "hoa", cellB.Path));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SearchAsync_WildcardsQuotesAndHugeInput_AreTakenLiterally(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, _) = await TwoCellsAsync(services);
        await AddAsync(services, "Nguyễn Văn An", cell, new DateOnly(1980, 3, 1), "100001");

        foreach (var query in new[] { "%", "_", "*", "[", "'", "\"", "n%", "ng_yen", "' OR 1=1 --", new string('a', 10_000) })
        {
            Assert.Empty(await SearchAsync(services, query, OrganizationPath.Root));
        }
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task AddAsync_BadFile_IsRefusedWithEveryReasonAndNothingIsStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, _) = await TwoCellsAsync(services);
        await AddAsync(services, "Phạm Thị Thuỷ", cell, new DateOnly(1985, 1, 1), "200001");

        await using var scope = services.CreateAsyncScope();
        var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember("", new DateOnly(2020, 1, 1), Gender.Female, cell.Id, new DateOnly(2010, 1, 1), new DateOnly(2009, 1, 1),
                CardNumber: "200001", CitizenId: "12345"), cancellationToken: Cancel);

        Assert.Null(member);
        Assert.Equal(5, errors.Count);
        Assert.Single(await SearchAsync(services, "", OrganizationPath.Root));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Status_FollowsTheDatedEvents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, _) = await TwoCellsAsync(services);
        var member = await AddAsync(services, "Đỗ Văn Bình", cell, new DateOnly(1985, 1, 1), "300001", probationer: true);

        Assert.Equal(MemberStatus.NotAdmitted, member.StatusOn(new DateOnly(2007, 12, 31)));
        Assert.Equal(MemberStatus.Probationary, member.StatusOn(new DateOnly(2008, 1, 1)));
        await using var scope = services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<MemberQueries>().FindAsync(member.Id, Cancel);
        Assert.Equal(MemberStatus.Probationary, stored!.Status);
        Assert.Single(stored.Events);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MergeAsync_TwoCells_KeepsEveryMemberAndTheDayBeforeShowsBoth(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cellA, cellB) = await TwoCellsAsync(services);
        await AddAsync(services, "Nguyễn Văn Một", cellA, new DateOnly(1980, 1, 1), "400001");
        await AddAsync(services, "Nguyễn Văn Hai", cellB, new DateOnly(1981, 1, 1), "400002");
        await AddAsync(services, "Nguyễn Văn Ba", cellB, new DateOnly(1982, 1, 1), "400003");
        var mergedOn = new DateOnly(2020, 7, 1);

        await using (var scope = services.CreateAsyncScope())
        {
            var merged = await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().MergeAsync([cellB.Id], cellA.Id, new Decision(mergedOn), Cancel);
            Assert.Null(merged.Error);
        }

        Assert.Equal(3, (await SearchAsync(services, "nguyen van", cellA.Path)).Count);
        Assert.Empty(await SearchAsync(services, "nguyen van", cellB.Path));
        await using var check = services.CreateAsyncScope();
        var queries = check.ServiceProvider.GetRequiredService<OrganizationQueries>();
        var dayBefore = await queries.OnDateAsync(mergedOn.AddDays(-1), [OrganizationPath.Root], Cancel);
        Assert.Contains(dayBefore, o => o.Id == cellB.Id);
        Assert.DoesNotContain(await queries.CurrentAsync([OrganizationPath.Root], Cancel), o => o.Id == cellB.Id);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MoveAsync_Cell_MembersFollowIntoTheNewSubtree(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cellA, _) = await TwoCellsAsync(services);
        await AddAsync(services, "Vũ Thị Lan", cellA, new DateOnly(1980, 1, 1), "500001");

        PartyOrganization bloc;
        await using (var scope = services.CreateAsyncScope())
        {
            var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
            bloc = (await restructuring.CreateAsync(
                new("Đảng uỷ khối", OrganizationKind.BlocCommittee, OrganizationType.Agency, null, cellA.ParentId), new Decision(new DateOnly(2019, 1, 1)), Cancel)).Organization!;
            var moved = await restructuring.MoveAsync(cellA.Id, cellA.Version, bloc.Id, new Decision(new DateOnly(2020, 1, 1)), Cancel);
            Assert.Null(moved.Error);
        }

        Assert.Equal(["Vũ Thị Lan"], await SearchAsync(services, "lan", bloc.Path));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_PlanForLargeScopes_FindsWhatSortingEveryMatchFinds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cellA, cellB) = await TwoCellsAsync(services);
        string[] families = ["Nguyễn", "Đỗ", "Dương", "Lê", "Hoàng", "Ông", "Nguyễn Văn"];
        string[] middles = ["Văn", "Thị", "Đức", "Thị Thu", "Hoà"];
        string[] givens = ["An", "Ánh", "Anh", "Dũng", "Dung", "Đức", "Dục", "Dương", "Hoa", "Hoà", "Hòa", "Hoài", "Hoàng", "Hơn", "Uyên", "Ư"];
        var number = 0;
        foreach (var given in givens)
        {
            for (var index = 0; index < 9; index++)
            {
                number++;
                var name = index == 8 ? given : $"{families[(number + index) % families.Length]} {middles[number % middles.Length]} {given}";
                var cell = number % 3 == 0 ? cellB : cellA;
                await AddAsync(services, name, cell, new DateOnly(1975 + (number % 10), 1 + (number % 12), 1), $"7{number:D5}");
            }
        }

        string[] queries =
        [
            "", "d", "du", "duc", "dương", "hoa", "Hoà", "hoang", "nguyen", "nguyen van", "nguyen van h", "nguyen van hoa", "Đỗ", "do duc",
            "le thi thu", "le thi thu a", "1980", "700012", "ô", "ong", "u", "x", "aoaoa", "nguyen van hoang anh", "hoa hoa",
        ];
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<MemberFileCount>();
        var nameIndex = services.GetRequiredService<MemberNameIndex>();
        await nameIndex.StartAsync();
        Assert.True(nameIndex.IsReady);
        foreach (var within in new[] { OrganizationPath.Root, cellA.Path })
        {
            foreach (var query in queries)
            {
                foreach (var take in new[] { 3, 20 })
                {
                    var sortingEveryMatch = await new MemberNameSearch(context, files, smallScope: int.MaxValue - 1).RunAsync(query, [within], take, Cancel);
                    foreach (var (walkBudget, familyKeyPages, names) in new (int?, int, MemberNameIndex?)[] { (0, 0, null), (int.MaxValue - 1, 0, null), (null, 0, null), (0, 1_000, null), (0, 0, nameIndex) })
                    {
                        var planned = await new MemberNameSearch(context, files, names, smallScope: 0, walkBudget, familyKeyPages).RunAsync(query, [within], take, Cancel);
                        Assert.True(
                            sortingEveryMatch.Select(m => m.Id).SequenceEqual(planned.Select(m => m.Id)),
                            $"'{query}' take {take} under {within}, walking {walkBudget}, {familyKeyPages} family pages, index {names is not null}: expected " +
                            $"{string.Join(", ", sortingEveryMatch.Select(m => m.FullName))}; got {string.Join(", ", planned.Select(m => m.FullName))}");
                    }
                    Assert.True(within != OrganizationPath.Root || !MustFind.Contains(query) || sortingEveryMatch.Count > 0, $"'{query}' found nobody");
                }
            }
        }
    }

    private static async Task<List<string>> SearchAsync(ServiceProvider services, string query, string scope, bool exactGiven = false)
    {
        await using var serviceScope = services.CreateAsyncScope();
        var found = await serviceScope.ServiceProvider.GetRequiredService<MemberQueries>().SearchAsync(query, [scope], 50, Cancel);
        return found.Where(m => !exactGiven || PersonNames.Keys(m.FullName).GivenNameKey == "hoa").Select(m => m.FullName).ToList();
    }

    internal static async Task<PartyMember> AddAsync(
        ServiceProvider services, string name, PartyOrganization cell, DateOnly born, string card, bool probationer = false)
    {
        await using var scope = services.CreateAsyncScope();
        var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember(name, born, Gender.Male, cell.Id, new DateOnly(2008, 1, 1), probationer ? null : new DateOnly(2009, 1, 1),
                CardNumber: card), cancellationToken: Cancel);
        return member ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    internal static async Task<(PartyOrganization CellA, PartyOrganization CellB)> TwoCellsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var cellA = (await restructuring.CreateAsync(new("Chi bộ A", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        var cellB = (await restructuring.CreateAsync(new("Chi bộ B", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        return (cellA, cellB);
    }
}
