using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DangVu.Data.Tests.Meetings;

/// <summary>
/// A cell of seven with every standing a meeting must tell apart, on a clock set to 10/03/2026 09:00 in Vietnam: three
/// official members, one probationary, one exempted from activity (from 2025), one temporarily active elsewhere (from
/// January 2026), one who left the cell for good in 2025. Another cell elsewhere holds one more member.
/// </summary>
internal sealed class MeetingCell : IAsyncDisposable
{
    private MeetingCell(TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public PartyOrganization Cell { get; private set; } = null!;

    public PartyOrganization OtherCell { get; private set; } = null!;

    public Dictionary<string, Guid> Members { get; } = [];

    public static DateTimeOffset Now { get; } = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<MeetingCell> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Now);
        var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(clock));
        var cell = new MeetingCell(database, services, clock);
        await cell.SetUpAsync();
        return cell;
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SetUpAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 12, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng bộ Bệnh viện", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        Cell = (await restructuring.CreateAsync(new("Chi bộ Khoa Nội", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded, Cancel)).Organization!;
        OtherCell = (await restructuring.CreateAsync(new("Chi bộ Khoa Ngoại", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded, Cancel)).Organization!;
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        foreach (var name in new[] { "Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường", "Võ Thị Dung", "Ngô Văn Em", "Đỗ Thị Giang" })
        {
            await AddAsync(registry, name, Cell.Id, new DateOnly(2010, 5, 19), new DateOnly(2011, 5, 19));
        }

        await AddAsync(registry, "Hồ Văn Hải", Cell.Id, new DateOnly(2025, 9, 2), null);
        await AddAsync(registry, "Lý Thị Khánh", OtherCell.Id, new DateOnly(2010, 5, 19), new DateOnly(2011, 5, 19));
        await EventAsync(registry, "Võ Thị Dung", MemberEventKind.Exempted, new DateOnly(2025, 4, 1), null);
        await EventAsync(registry, "Ngô Văn Em", MemberEventKind.TemporaryTransferOut, new DateOnly(2026, 1, 15), null);
        await EventAsync(registry, "Đỗ Thị Giang", MemberEventKind.Reassigned, new DateOnly(2025, 6, 1), OtherCell.Id);
    }

    private async Task AddAsync(MemberRegistry registry, string name, Guid cellId, DateOnly admitted, DateOnly? official)
    {
        var (member, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1980, 1, 1), Gender.Male, cellId, admitted, official), cancellationToken: Cancel);
        Members[name] = member?.Id ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    private async Task EventAsync(MemberRegistry registry, string name, MemberEventKind kind, DateOnly on, Guid? organizationId)
    {
        var (_, error, _) = await registry.RecordEventAsync(Members[name], 0, kind, on, organizationId, null, Cancel);
        Assert.Null(error);
    }
}
