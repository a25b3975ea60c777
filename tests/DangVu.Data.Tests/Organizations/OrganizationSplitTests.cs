using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Organizations;

public sealed class OrganizationSplitTests
{
    private static readonly DateOnly Founding = new(2007, 1, 1);
    private static readonly DateOnly SplitOn = new(2020, 7, 1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SplitAsync_CellWithMembers_EveryMemberMovesWithHistoryAndTheDayBeforeShowsTheOriginal(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await Tree.BuildAsync(services);
        var auditBefore = await CountAsync(services, c => c.AuditEntries.CountAsync(Cancel));

        var split = await WithAsync(services, r => r.SplitAsync(tree.Internal.Id, tree.Internal.Version,
            [Cell("Chi bộ Khoa Nội 1", members: [tree.An.Id, tree.Binh.Id]), Cell("Chi bộ Khoa Nội 2", members: [tree.Cuong.Id])],
            new(SplitOn, "12-QĐ/ĐU"), Cancel));

        Assert.Null(split.Error);
        Assert.Equal(["Chi bộ Khoa Nội 1", "Chi bộ Khoa Nội 2"], split.Created.Select(o => o.Name));
        var (first, second) = (split.Created[0], split.Created[1]);
        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<OrganizationQueries>();
        var members = scope.ServiceProvider.GetRequiredService<MemberQueries>();

        var dayBefore = await queries.OnDateAsync(SplitOn.AddDays(-1), [tree.Hospital.Path], Cancel);
        Assert.Equal(["Đảng bộ Bệnh viện Đa khoa tỉnh", "Chi bộ Khoa Ngoại", "Chi bộ Khoa Nội"], dayBefore.Select(o => o.Name));
        var onTheDay = await queries.OnDateAsync(SplitOn, [tree.Hospital.Path], Cancel);
        Assert.Equal(["Đảng bộ Bệnh viện Đa khoa tỉnh", "Chi bộ Khoa Ngoại", "Chi bộ Khoa Nội 1", "Chi bộ Khoa Nội 2"], onTheDay.Select(o => o.Name));
        Assert.All(onTheDay.Where(o => o.Id == first.Id || o.Id == second.Id), o => Assert.Equal(tree.Hospital.Id, o.ParentId));

        foreach (var (member, cell) in new[] { (tree.An, first), (tree.Binh, first), (tree.Cuong, second) })
        {
            var stored = (await members.FindAsync(member.Id, Cancel))!;
            Assert.Equal((cell.Id, cell.Path), (stored.OrganizationId, stored.OrganizationPath));
            Assert.Equal(tree.Internal.Id, stored.OrganizationOn(SplitOn.AddDays(-1)));
            Assert.Equal(cell.Id, stored.OrganizationOn(SplitOn));
            var reassigned = Assert.Single(stored.Events, e => e.Kind == MemberEventKind.Reassigned);
            Assert.Equal((SplitOn, (Guid?)cell.Id), (reassigned.On, reassigned.OrganizationId));
            Assert.Contains("Chia tách “Chi bộ Khoa Nội”", reassigned.Note, StringComparison.Ordinal);
            Assert.Equal(MemberStatus.Official, stored.Status);
        }

        // A file closed before the split stays where it closed; nobody else is left behind.
        var dung = (await members.FindAsync(tree.Dung.Id, Cancel))!;
        Assert.Equal((tree.Internal.Id, tree.Internal.Path), (dung.OrganizationId, dung.OrganizationPath));
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình"], (await members.SearchAsync("", [first.Path], 50, Cancel)).Select(m => m.FullName));
        Assert.Equal(["Lê Văn Cường"], (await members.SearchAsync("", [second.Path], 50, Cancel)).Select(m => m.FullName));

        var source = (await queries.FindAsync(tree.Internal.Id, Cancel))!;
        Assert.Equal(SplitOn, source.DissolvedOn);
        var history = await queries.HistoryAsync(tree.Internal.Id, Cancel);
        Assert.Equal([OrganizationChangeKind.Create, OrganizationChangeKind.Split], history.Select(c => c.Kind));
        Assert.Equal("12-QĐ/ĐU", history[^1].DecisionNumber);
        Assert.Equal([OrganizationChangeKind.Split], (await queries.HistoryAsync(second.Id, Cancel)).Select(c => c.Kind));
        Assert.True(await CountAsync(services, c => c.AuditEntries.CountAsync(Cancel)) > auditBefore + 6, "The split was not audited.");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SplitAsync_GrassrootsCommittee_ChildSubtreesMoveAndTheirMembersFollowWithoutChangingCell(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await Tree.BuildAsync(services);

        var split = await WithAsync(services, r => r.SplitAsync(tree.Hospital.Id, tree.Hospital.Version,
        [
            new SplitUnit("Đảng bộ Bệnh viện Nội khoa", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, "Bệnh viện Nội khoa", [tree.Internal.Id], []),
            new SplitUnit("Đảng bộ Bệnh viện Ngoại khoa", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, [tree.Surgery.Id], []),
        ], new(SplitOn), Cancel));

        Assert.Null(split.Error);
        var (medical, surgical) = (split.Created[0], split.Created[1]);
        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<OrganizationQueries>();
        var now = await queries.CurrentAsync([tree.Bloc.Path], Cancel);
        Assert.Equal(OrganizationPath.Child(medical.Path, tree.Internal.Id), now.Single(o => o.Id == tree.Internal.Id).Path);
        Assert.Equal(OrganizationPath.Child(surgical.Path, tree.Surgery.Id), now.Single(o => o.Id == tree.Surgery.Id).Path);
        Assert.DoesNotContain(now, o => o.Id == tree.Hospital.Id);
        Assert.Equal("Bệnh viện Nội khoa", now.Single(o => o.Id == medical.Id).Agency);

        var before = await queries.OnDateAsync(SplitOn.AddDays(-1), [tree.Hospital.Path], Cancel);
        Assert.Equal([tree.Hospital.Id, tree.Surgery.Id, tree.Internal.Id], before.Select(o => o.Id));

        var members = scope.ServiceProvider.GetRequiredService<MemberQueries>();
        Assert.Equal(["Võ Văn Em"], (await members.SearchAsync("", [surgical.Path], 50, Cancel)).Select(m => m.FullName));
        var an = (await members.FindAsync(tree.An.Id, Cancel))!;
        Assert.Equal((tree.Internal.Id, OrganizationPath.Child(medical.Path, tree.Internal.Id)), (an.OrganizationId, an.OrganizationPath));
        Assert.DoesNotContain(an.Events, e => e.Kind == MemberEventKind.Reassigned);
        Assert.Equal([OrganizationChangeKind.Create, OrganizationChangeKind.Split], (await queries.HistoryAsync(tree.Surgery.Id, Cancel)).Select(c => c.Kind));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SplitAsync_UnassignedOrImpossibleRequests_AreRefusedInVietnameseAndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await Tree.BuildAsync(services);
        var renamedOn = new DateOnly(2019, 1, 1);
        var renamed = await WithAsync(services, r => r.RenameAsync(tree.Surgery.Id, tree.Surgery.Version, "Chi bộ Khoa Ngoại tổng hợp", new(renamedOn), Cancel));
        Assert.Null(renamed.Error);
        var before = await SnapshotAsync(services);
        var id = tree.Internal.Id;
        var version = tree.Internal.Version;
        Task<RestructureResult> Split(IReadOnlyList<SplitUnit> units, DateOnly? on = null, Guid? organization = null, int? expected = null) =>
            WithAsync(services, r => r.SplitAsync(organization ?? id, expected ?? version, units, new(on ?? SplitOn), Cancel));
        SplitUnit[] Both(params Guid[][] members) => [Cell("Chi bộ Nội A", members: members[0]), Cell("Chi bộ Nội B", members: members[1])];

        var memberLeftOut = await Split(Both([tree.An.Id], [tree.Binh.Id]));
        var childLeftOut = await Split(
        [
            new("Đảng bộ Bệnh viện 1", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, [tree.Internal.Id], []),
            new("Đảng bộ Bệnh viện 2", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, [], []),
        ], organization: tree.Hospital.Id, expected: tree.Hospital.Version);
        var oneUnit = await Split([Cell("Chi bộ Nội A", members: [tree.An.Id, tree.Binh.Id, tree.Cuong.Id])]);
        var emptyName = await Split([Cell("Chi bộ Nội A", members: [tree.An.Id, tree.Binh.Id, tree.Cuong.Id]), Cell("   ")]);
        var sameNames = await Split([Cell("Chi bộ Nội A", members: [tree.An.Id, tree.Binh.Id, tree.Cuong.Id]), Cell("chi bộ nội a")]);
        var twice = await Split(Both([tree.An.Id, tree.Binh.Id, tree.Cuong.Id], [tree.An.Id]));
        var closedFile = await Split(Both([tree.An.Id, tree.Binh.Id, tree.Cuong.Id], [tree.Dung.Id]));
        var stranger = await Split(Both([tree.An.Id, tree.Binh.Id, tree.Cuong.Id], [tree.Em.Id]));
        var membersInACommittee = await Split(
        [
            new("Đảng bộ Sở Nội vụ", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, null, [], [tree.Giang.Id]),
            new("Chi bộ Sở Nội vụ mới", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, [], []),
        ], organization: tree.Office.Id, expected: tree.Office.Version);
        var cellUnderCell = await Split(
        [
            new("Chi bộ Bệnh viện 1", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, [tree.Internal.Id], []),
            new("Chi bộ Bệnh viện 2", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, [tree.Surgery.Id], []),
        ], organization: tree.Hospital.Id, expected: tree.Hospital.Version);
        var beforeFounding = await Split(Both([tree.An.Id, tree.Binh.Id, tree.Cuong.Id], []), on: Founding);
        var beforeRename = await Split([Cell("Chi bộ Ngoại A", members: [tree.Em.Id]), Cell("Chi bộ Ngoại B")],
            on: renamedOn.AddDays(-1), organization: tree.Surgery.Id, expected: tree.Surgery.Version + 1);
        var beforeAnEvent = await Split(Both([tree.An.Id, tree.Binh.Id, tree.Cuong.Id], []), on: new DateOnly(2014, 1, 1));
        var stale = await Split(Both([tree.An.Id, tree.Binh.Id, tree.Cuong.Id], []), expected: version + 1);

        Assert.Equal("Chưa giao cho tổ chức mới nào: đảng viên Lê Văn Cường. "
            + "Mỗi tổ chức trực thuộc và mỗi đảng viên đang sinh hoạt ở “Chi bộ Khoa Nội” phải chuyển về đúng một tổ chức mới.", memberLeftOut.Error);
        Assert.StartsWith("Chưa giao cho tổ chức mới nào: tổ chức trực thuộc “Chi bộ Khoa Ngoại tổng hợp”.", childLeftOut.Error, StringComparison.Ordinal);
        Assert.Equal("Chia tách phải tạo ít nhất hai tổ chức mới.", oneUnit.Error);
        Assert.Equal("Tổ chức mới thứ 2: Tên tổ chức không được để trống.", emptyName.Error);
        Assert.Contains("không được trùng tên", sameNames.Error, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An được giao cho hơn một tổ chức mới", twice.Error, StringComparison.Ordinal);
        Assert.Contains("Hồ sơ của Phạm Thị Dung đã khép lại", closedFile.Error, StringComparison.Ordinal);
        Assert.Contains("không sinh hoạt ở “Chi bộ Khoa Nội”", stranger.Error, StringComparison.Ordinal);
        Assert.Contains("đảng viên chỉ sinh hoạt ở chi bộ", membersInACommittee.Error, StringComparison.Ordinal);
        Assert.Contains("“Chi bộ Khoa Nội” không thể chuyển về “Chi bộ Bệnh viện 1”: Chi bộ cơ sở không thể có", cellUnderCell.Error, StringComparison.Ordinal);
        Assert.Contains("phải sau ngày thành lập “Chi bộ Khoa Nội” (01/01/2007)", beforeFounding.Error, StringComparison.Ordinal);
        Assert.Contains("sớm hơn lần thay đổi gần nhất của “Chi bộ Khoa Ngoại tổng hợp” (01/01/2019)", beforeRename.Error, StringComparison.Ordinal);
        Assert.Contains("có sự kiện sau ngày 01/01/2014", beforeAnEvent.Error, StringComparison.Ordinal);
        Assert.True(stale.Conflict);
        Assert.Equal(before, await SnapshotAsync(services));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task PreviewSplit_WritesNothing_AndShowsWhatTheSplitThenDoes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await Tree.BuildAsync(services);
        SplitUnit[] units =
        [
            new("Đảng bộ Bệnh viện Nội khoa", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, [tree.Internal.Id], []),
            new("Đảng bộ Bệnh viện Ngoại khoa", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, [tree.Surgery.Id], []),
        ];
        var cellUnits = new[] { Cell("Chi bộ Nội 2", members: [tree.Cuong.Id]), Cell("Chi bộ Nội 1", members: [tree.Binh.Id, tree.An.Id]) };
        var before = await SnapshotAsync(services);

        var preview = await PreviewAsync(services, p => p.SplitAsync(tree.Hospital.Id, tree.Hospital.Version, units, new(SplitOn), Cancel));
        var cellPreview = await PreviewAsync(services, p => p.SplitAsync(tree.Internal.Id, tree.Internal.Version, cellUnits, new(SplitOn), Cancel));

        Assert.Equal(before, await SnapshotAsync(services));
        Assert.True(preview.Allowed);
        Assert.Equal("Chia tách “Đảng bộ Bệnh viện Đa khoa tỉnh” thành “Đảng bộ Bệnh viện Nội khoa”, “Đảng bộ Bệnh viện Ngoại khoa”.", preview.Summary);
        Assert.Equal(["Đảng bộ Bệnh viện Nội khoa", "Đảng bộ Bệnh viện Ngoại khoa"], preview.Created.Select(o => o.Name));
        Assert.Equal([tree.Hospital.Id], preview.Closed.Select(o => o.Id));
        Assert.Equal(["Chi bộ Khoa Ngoại", "Chi bộ Khoa Nội"], preview.Moved.Select(o => o.Name));
        Assert.All(preview.Moved, moved => Assert.Equal(("Đảng bộ Bệnh viện Đa khoa tỉnh", true), (moved.FromParent, moved.ParentChanges)));
        Assert.Equal((0, 5), (preview.MembersChangingCell, preview.MembersFollowing));
        Assert.Equal(["Đảng bộ Bệnh viện Ngoại khoa", "Đảng bộ Bệnh viện Nội khoa"], preview.Moved.Select(o => o.ToParent));
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], cellPreview.Members.Select(m => m.FullName));
        Assert.Equal([("Chi bộ Nội 1", 2), ("Chi bộ Nội 2", 1)], cellPreview.Destinations.Select(d => (d.Name, d.Members)));
        Assert.All(cellPreview.Members, m => Assert.Equal("Chi bộ Khoa Nội", m.From));

        var done = await WithAsync(services, r => r.SplitAsync(tree.Hospital.Id, tree.Hospital.Version, units, new(SplitOn), Cancel));

        Assert.Null(done.Error);
        var after = await SnapshotAsync(services);
        Assert.Equal(preview.Created.Select(o => o.Name), done.Created.Select(o => o.Name));
        Assert.Equal(preview.Moved.Select(o => o.Id).Order(), ChangedPaths(before, after).Order());
        Assert.Equal(preview.MembersFollowing, after.Members.Count(m => before.Members.Single(b => b.Id == m.Id).Path != m.Path));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Preview_MoveMergeDissolve_WritesNothing_AndMatchesTheOperation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await Tree.BuildAsync(services);
        var before = await SnapshotAsync(services);
        var on = new Decision(SplitOn);

        var move = await PreviewAsync(services, p => p.MoveAsync(tree.Hospital.Id, tree.Hospital.Version, tree.Enterprises.Id, on, Cancel));
        var merge = await PreviewAsync(services, p => p.MergeAsync([tree.Internal.Id], tree.Surgery.Id, on, Cancel));
        var dissolveWithUnits = await PreviewAsync(services, p => p.DissolveAsync(tree.Hospital.Id, tree.Hospital.Version, on, Cancel));
        var dissolveEmpty = await PreviewAsync(services, p => p.DissolveAsync(tree.Empty.Id, tree.Empty.Version, on, Cancel));
        var stale = await PreviewAsync(services, p => p.DissolveAsync(tree.Empty.Id, tree.Empty.Version + 1, on, Cancel));

        Assert.Equal(before, await SnapshotAsync(services));
        Assert.Equal(["Đảng bộ Bệnh viện Đa khoa tỉnh", "Chi bộ Khoa Ngoại", "Chi bộ Khoa Nội"], move.Moved.Select(o => o.Name));
        Assert.Equal([true, false, false], move.Moved.Select(o => o.ParentChanges));
        Assert.Equal(("Đảng uỷ khối cơ quan Dân Chính Đảng", "Đảng uỷ khối Doanh nghiệp"), (move.Moved[0].FromParent, move.Moved[0].ToParent));
        Assert.Equal((0, 5), (move.MembersChangingCell, move.MembersFollowing));
        Assert.Equal([tree.Internal.Id], merge.Closed.Select(o => o.Id));
        Assert.Equal(4, merge.MembersChangingCell);
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"], merge.Members.Select(m => m.FullName));
        Assert.Equal([("Chi bộ Khoa Ngoại", 4)], merge.Destinations.Select(d => (d.Name, d.Members)));
        Assert.False(dissolveWithUnits.Allowed);
        Assert.Contains("còn tổ chức trực thuộc", dissolveWithUnits.Refusal, StringComparison.Ordinal);
        Assert.Equal(["Chi bộ Lưu trữ"], dissolveEmpty.Closed.Select(o => o.Name));
        Assert.Equal("Giải thể “Chi bộ Lưu trữ”.", dissolveEmpty.Summary);
        Assert.True(stale.Conflict);

        var moved = await WithAsync(services, r => r.MoveAsync(tree.Hospital.Id, tree.Hospital.Version, tree.Enterprises.Id, on, Cancel));
        var afterMove = await SnapshotAsync(services);
        var merged = await WithAsync(services, r => r.MergeAsync([tree.Internal.Id], tree.Surgery.Id, new(SplitOn.AddDays(1)), Cancel));
        var afterMerge = await SnapshotAsync(services);

        Assert.Null(moved.Error);
        Assert.Null(merged.Error);
        Assert.Equal(move.Moved.Select(o => o.Id).Order(), ChangedPaths(before, afterMove).Order());
        Assert.Equal(merge.Members.Select(m => m.Id).Order(),
            afterMerge.Members.Where(m => afterMove.Members.Single(b => b.Id == m.Id).Organization != m.Organization).Select(m => m.Id).Order());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MembersOnTheRollsAsync_Cell_ListsOpenFilesInVietnameseNameOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await Tree.BuildAsync(services);
        await using var scope = services.CreateAsyncScope();

        var members = await scope.ServiceProvider.GetRequiredService<OrganizationQueries>().MembersOnTheRollsAsync(tree.Internal.Id, Cancel);

        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], members.Select(m => m.FullName));
    }

    private static SplitUnit Cell(string name, Guid[]? members = null, Guid[]? children = null) =>
        new(name, OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, children ?? [], members ?? []);

    private static IEnumerable<Guid> ChangedPaths(Snapshot before, Snapshot after) =>
        after.Organizations.Where(o => before.Organizations.SingleOrDefault(b => b.Id == o.Id) is { } old && old.Path != o.Path).Select(o => o.Id);

    private static async Task<RestructureResult> WithAsync(ServiceProvider services, Func<OrganizationRestructuring, Task<RestructureResult>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>());
    }

    private static async Task<RestructurePreviewResult> PreviewAsync(ServiceProvider services, Func<RestructurePreview, Task<RestructurePreviewResult>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<RestructurePreview>());
    }

    private static async Task<T> CountAsync<T>(ServiceProvider services, Func<DangVuDbContext, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<DangVuDbContext>());
    }

    /// <summary>Everything a restructuring could write, compared as a whole.</summary>
    private sealed record Snapshot(
        int Versions, int Changes, int Events, long AuditEntries, IReadOnlyList<OrganizationRow> Organizations, IReadOnlyList<MemberRow> Members)
    {
        public bool Equals(Snapshot? other) => other is not null && ToString() == other.ToString();

        public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

        public override string ToString() =>
            $"{Versions} {Changes} {Events} {AuditEntries} {string.Join(';', Organizations)} {string.Join(';', Members)}";
    }

    private sealed record OrganizationRow(Guid Id, string Name, string Path, int Version, DateOnly? DissolvedOn);

    private sealed record MemberRow(Guid Id, Guid Organization, string Path, int Version);

    private static Task<Snapshot> SnapshotAsync(ServiceProvider services) => CountAsync(services, async context => new Snapshot(
        await context.OrganizationVersions.CountAsync(Cancel),
        await context.OrganizationChanges.CountAsync(Cancel),
        await context.Set<MemberEventRecord>().CountAsync(Cancel),
        await context.AuditEntries.LongCountAsync(Cancel),
        (await context.Organizations.AsNoTracking().Select(o => new OrganizationRow(o.Id, o.Name, o.Path, o.Version, o.DissolvedOn)).ToListAsync(Cancel))
            .OrderBy(o => o.Id).ToList(),
        (await context.Members.AsNoTracking().Select(m => new MemberRow(m.Id, m.OrganizationId, m.OrganizationPath, m.Version)).ToListAsync(Cancel))
            .OrderBy(m => m.Id).ToList()));

    /// <summary>
    /// Province → bloc → hospital (grassroots committee) → cells Khoa Nội (An, Bình, Cường, and Dung who died in 2015) and
    /// Khoa Ngoại (Em); a grassroots cell Sở Nội vụ (Giang); an empty cell under the bloc's Tỉnh Đoàn; a second bloc for enterprises.
    /// </summary>
    private sealed record Tree(
        PartyOrganization Bloc, PartyOrganization Enterprises, PartyOrganization Hospital, PartyOrganization Internal, PartyOrganization Surgery,
        PartyOrganization Empty, PartyOrganization Office, PartyMember An, PartyMember Binh, PartyMember Cuong, PartyMember Dung, PartyMember Em, PartyMember Giang)
    {
        public static async Task<Tree> BuildAsync(ServiceProvider services)
        {
            async Task<PartyOrganization> Add(string name, OrganizationKind kind, PartyOrganization? parent)
            {
                var result = await WithAsync(services, r => r.CreateAsync(
                    new NewOrganization(name, kind, OrganizationType.PublicServiceUnit, null, parent?.Id), new(Founding), Cancel));
                return result.Organization ?? throw new InvalidOperationException(result.Error);
            }

            async Task<PartyMember> Member(string name, PartyOrganization cell, string card)
            {
                await using var scope = services.CreateAsyncScope();
                var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
                    new NewMember(name, new DateOnly(1980, 1, 1), Gender.Female, cell.Id, new DateOnly(2008, 1, 1), new DateOnly(2009, 1, 1), CardNumber: card),
                    cancellationToken: Cancel);
                return member ?? throw new InvalidOperationException(string.Join("; ", errors));
            }

            var province = await Add("Tỉnh uỷ Bình Thuận", OrganizationKind.ProvincialCommittee, null);
            var bloc = await Add("Đảng uỷ khối cơ quan Dân Chính Đảng", OrganizationKind.BlocCommittee, province);
            var enterprises = await Add("Đảng uỷ khối Doanh nghiệp", OrganizationKind.BlocCommittee, province);
            var hospital = await Add("Đảng bộ Bệnh viện Đa khoa tỉnh", OrganizationKind.GrassrootsCommittee, bloc);
            var internalCell = await Add("Chi bộ Khoa Nội", OrganizationKind.Cell, hospital);
            var surgery = await Add("Chi bộ Khoa Ngoại", OrganizationKind.Cell, hospital);
            var youth = await Add("Đảng bộ Tỉnh Đoàn", OrganizationKind.GrassrootsCommittee, bloc);
            var empty = await Add("Chi bộ Lưu trữ", OrganizationKind.Cell, youth);
            var an = await Member("Nguyễn Văn An", internalCell, "S001");
            var binh = await Member("Trần Thị Bình", internalCell, "S002");
            var cuong = await Member("Lê Văn Cường", internalCell, "S003");
            var dung = await Member("Phạm Thị Dung", internalCell, "S004");
            var em = await Member("Võ Văn Em", surgery, "S005");
            var office = await Add("Chi bộ Sở Nội vụ", OrganizationKind.GrassrootsCell, bloc);
            var giang = await Member("Đỗ Văn Giang", office, "S006");
            await using (var scope = services.CreateAsyncScope())
            {
                var died = await scope.ServiceProvider.GetRequiredService<MemberRegistry>()
                    .RecordEventAsync(dung.Id, dung.Version, MemberEventKind.Died, new DateOnly(2015, 3, 1), null, null, Cancel);
                Assert.Null(died.Error);
            }

            return new(bloc, enterprises, hospital, internalCell, surgery, empty, office, an, binh, cuong, dung, em, giang);
        }
    }
}
