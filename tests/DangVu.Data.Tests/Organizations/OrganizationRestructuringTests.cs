using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Organizations;

public sealed class OrganizationRestructuringTests
{
    private static readonly DateOnly Founding = new(2007, 1, 1);
    private static readonly DateOnly Reorganisation = new(2008, 6, 1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MoveAsync_Subtree_RewritesEveryPathAndKeepsTheOldTreeOnEarlierDates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await DemoTree.BuildAsync(services);

        var moved = await WithAsync(services, (r, _) => r.MoveAsync(tree.Hospital.Id, tree.Hospital.Version, tree.Enterprises.Id, new(Reorganisation, "15-QĐ/TU"), Cancel));

        Assert.Null(moved.Error);
        await WithAsync(services, async (_, q) =>
        {
            var now = await q.CurrentAsync([OrganizationPath.Root], Cancel);
            var cell = now.Single(o => o.Id == tree.HospitalCell.Id);
            Assert.Equal(OrganizationPath.Child(OrganizationPath.Child(tree.Enterprises.Path, tree.Hospital.Id), tree.HospitalCell.Id), cell.Path);
            var underEnterprises = await q.CurrentAsync([tree.Enterprises.Path], Cancel);
            Assert.Equal(["Đảng uỷ khối Doanh nghiệp", "Đảng bộ Bệnh viện Đa khoa tỉnh", "Chi bộ Khoa Nội"], underEnterprises.Select(o => o.Name));
            Assert.DoesNotContain(await q.CurrentAsync([tree.Bloc.Path], Cancel), o => o.Id == tree.HospitalCell.Id);

            var before = await q.OnDateAsync(Reorganisation.AddDays(-1), [OrganizationPath.Root], Cancel);
            Assert.Equal(tree.Bloc.Id, before.Single(o => o.Id == tree.Hospital.Id).ParentId);
            Assert.Equal(tree.Enterprises.Id, (await q.OnDateAsync(Reorganisation, [OrganizationPath.Root], Cancel)).Single(o => o.Id == tree.Hospital.Id).ParentId);
            Assert.Contains(await q.OnDateAsync(Reorganisation.AddDays(-1), [tree.Bloc.Path], Cancel), o => o.Id == tree.HospitalCell.Id);
            return 0;
        });
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task MergeAsync_TwoCells_DayBeforeShowsBothAndUnitsFollowTheTarget(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await DemoTree.BuildAsync(services);

        var merged = await WithAsync(services, (r, _) => r.MergeAsync([tree.Labour.Id], tree.Youth.Id, new(Reorganisation, "20-QĐ/TU"), Cancel));

        Assert.Null(merged.Error);
        await WithAsync(services, async (_, q) =>
        {
            var dayBefore = await q.OnDateAsync(Reorganisation.AddDays(-1), [tree.Bloc.Path], Cancel);
            Assert.Contains(dayBefore, o => o.Id == tree.Labour.Id);
            Assert.Contains(dayBefore, o => o.Id == tree.LabourCell.Id && o.ParentId == tree.Labour.Id);
            var after = await q.CurrentAsync([tree.Bloc.Path], Cancel);
            Assert.DoesNotContain(after, o => o.Id == tree.Labour.Id);
            Assert.Equal(tree.Youth.Id, after.Single(o => o.Id == tree.LabourCell.Id).ParentId);
            var labour = await q.FindAsync(tree.Labour.Id, Cancel);
            Assert.Equal((Reorganisation, (Guid?)tree.Youth.Id), (labour!.DissolvedOn, labour.SucceededById));
            var history = await q.HistoryAsync(tree.LabourCell.Id, Cancel);
            Assert.Equal([OrganizationChangeKind.Create, OrganizationChangeKind.Merge], history.Select(c => c.Kind));
            return 0;
        });
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RenameAsync_StaleVersion_IsRefusedAsConflictAndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await DemoTree.BuildAsync(services);
        var first = await WithAsync(services, (r, _) => r.RenameAsync(tree.Youth.Id, tree.Youth.Version, "Đảng bộ Tỉnh Đoàn", new(Reorganisation), Cancel));

        var second = await WithAsync(services, (r, _) => r.RenameAsync(tree.Youth.Id, tree.Youth.Version, "Chi bộ Tỉnh Đoàn (sửa)", new(Reorganisation), Cancel));

        Assert.Null(first.Error);
        Assert.True(second.Conflict);
        Assert.Contains("vừa được người khác thay đổi", second.Error, StringComparison.Ordinal);
        var name = await WithAsync(services, async (_, q) => (await q.FindAsync(tree.Youth.Id, Cancel))!.Name);
        Assert.Equal("Đảng bộ Tỉnh Đoàn", name);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Restructure_BadRequests_AreRefusedInVietnamese(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var tree = await DemoTree.BuildAsync(services);

        var intoItself = await WithAsync(services, (r, _) => r.MoveAsync(tree.Hospital.Id, tree.Hospital.Version, tree.HospitalCell.Id, new(Reorganisation), Cancel));
        var backdated = await WithAsync(services, (r, _) => r.RenameAsync(tree.Youth.Id, tree.Youth.Version, "Tên mới", new(Founding.AddDays(-1)), Cancel));
        var withUnits = await WithAsync(services, (r, _) => r.DissolveAsync(tree.Hospital.Id, tree.Hospital.Version, new(Reorganisation), Cancel));
        var wrongLevel = await WithAsync(services, (r, _) => r.CreateAsync(
            new NewOrganization("Chi bộ lạc chỗ", OrganizationKind.Cell, OrganizationType.Agency, null, tree.Bloc.Id), new(Reorganisation), Cancel));
        var tooLong = await WithAsync(services, (r, _) => r.CreateAsync(
            new NewOrganization(new string('Đ', 301), OrganizationKind.Cell, OrganizationType.Agency, null, tree.Hospital.Id), new(Reorganisation), Cancel));

        Assert.Contains("vào chính nó", intoItself.Error, StringComparison.Ordinal);
        Assert.Contains("sớm hơn lần thay đổi gần nhất", backdated.Error, StringComparison.Ordinal);
        Assert.Contains("còn tổ chức trực thuộc", withUnits.Error, StringComparison.Ordinal);
        Assert.Contains("không thể có chi bộ trực thuộc", wrongLevel.Error, StringComparison.Ordinal);
        Assert.Contains("dài quá 300", tooLong.Error, StringComparison.Ordinal);
        var count = await WithAsync(services, async (_, q) => (await q.CurrentAsync([OrganizationPath.Root], Cancel)).Count);
        Assert.Equal(9, count);
    }

    private static async Task<T> WithAsync<T>(ServiceProvider services, Func<OrganizationRestructuring, OrganizationQueries, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>(), scope.ServiceProvider.GetRequiredService<OrganizationQueries>());
    }

    /// <summary>A small tree in the notice's shape: province → bloc → grassroots organizations → cells.</summary>
    private sealed record DemoTree(
        PartyOrganization Province, PartyOrganization Bloc, PartyOrganization Enterprises, PartyOrganization Health, PartyOrganization Hospital,
        PartyOrganization HospitalCell, PartyOrganization Youth, PartyOrganization Labour, PartyOrganization LabourCell)
    {
        public static async Task<DemoTree> BuildAsync(ServiceProvider services)
        {
            async Task<PartyOrganization> Add(string name, OrganizationKind kind, PartyOrganization? parent)
            {
                var result = await WithAsync(services, (r, _) => r.CreateAsync(
                    new NewOrganization(name, kind, OrganizationType.Agency, null, parent?.Id), new(Founding), Cancel));
                return result.Organization ?? throw new InvalidOperationException(result.Error);
            }

            var province = await Add("Tỉnh uỷ Bình Thuận", OrganizationKind.ProvincialCommittee, null);
            var bloc = await Add("Đảng uỷ khối cơ quan Dân Chính Đảng", OrganizationKind.BlocCommittee, province);
            var enterprises = await Add("Đảng uỷ khối Doanh nghiệp", OrganizationKind.BlocCommittee, province);
            var health = await Add("Đảng bộ Sở Y tế", OrganizationKind.GrassrootsCommittee, bloc);
            var hospital = await Add("Đảng bộ Bệnh viện Đa khoa tỉnh", OrganizationKind.GrassrootsCommittee, bloc);
            var hospitalCell = await Add("Chi bộ Khoa Nội", OrganizationKind.Cell, hospital);
            var youth = await Add("Đảng bộ Tỉnh Đoàn", OrganizationKind.GrassrootsCommittee, bloc);
            var labour = await Add("Đảng bộ Liên đoàn Lao động tỉnh", OrganizationKind.GrassrootsCommittee, bloc);
            var labourCell = await Add("Chi bộ Ban Tổ chức", OrganizationKind.Cell, labour);
            return new(province, bloc, enterprises, health, hospital, hospitalCell, youth, labour, labourCell);
        }
    }
}
