using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Members;

public sealed class MemberEventsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordEventAsync_TransfersAndExemption_ChangeStatusAndPlacementByDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cellA, cellB, member) = await SetUpAsync(services);

        var away = await RecordAsync(services, member.Id, 0, MemberEventKind.TemporaryTransferOut, new(2015, 3, 1));
        var back = await RecordAsync(services, member.Id, 1, MemberEventKind.TemporaryTransferReturn, new(2015, 9, 1));
        var moved = await RecordAsync(services, member.Id, 2, MemberEventKind.Reassigned, new(2018, 1, 1), cellB.Id);
        var exempted = await RecordAsync(services, member.Id, 3, MemberEventKind.Exempted, new(2020, 1, 1));

        Assert.All([away, back, moved, exempted], result => Assert.Null(result.Error));
        var stored = await FindAsync(services, member.Id);
        Assert.Equal(MemberStatus.TemporarilyAway, stored.StatusOn(new(2015, 5, 1)));
        Assert.Equal(MemberStatus.Official, stored.StatusOn(new(2016, 1, 1)));
        Assert.Equal(MemberStatus.Exempted, stored.Status);
        Assert.Equal(cellA.Id, stored.OrganizationOn(new(2017, 12, 31)));
        Assert.Equal(cellB.Id, stored.OrganizationOn(new(2018, 1, 1)));
        Assert.Equal(cellB.Path, stored.OrganizationPath);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordEventAsync_ImpossibleOrStaleEvents_AreRefusedAndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (_, _, member) = await SetUpAsync(services);

        var notAway = await RecordAsync(services, member.Id, 0, MemberEventKind.TemporaryTransferReturn, new(2015, 1, 1));
        var beforeAdmission = await RecordAsync(services, member.Id, 0, MemberEventKind.Exempted, new(2005, 1, 1));
        var noCell = await RecordAsync(services, member.Id, 0, MemberEventKind.Reassigned, new(2015, 1, 1));
        var died = await RecordAsync(services, member.Id, 0, MemberEventKind.Died, new(2021, 1, 1));
        var afterDeath = await RecordAsync(services, member.Id, 1, MemberEventKind.Exempted, new(2022, 1, 1));
        var stale = await RecordAsync(services, member.Id, 0, MemberEventKind.Removed, new(2023, 1, 1));

        Assert.Contains("không đang sinh hoạt tạm thời", notAway.Error, StringComparison.Ordinal);
        Assert.Contains("sớm hơn sự kiện gần nhất", beforeAdmission.Error, StringComparison.Ordinal);
        Assert.Contains("chọn một chi bộ", noCell.Error, StringComparison.Ordinal);
        Assert.Null(died.Error);
        Assert.Contains("đã khép lại", afterDeath.Error, StringComparison.Ordinal);
        Assert.True(stale.Conflict);
        var stored = await FindAsync(services, member.Id);
        Assert.Equal(MemberStatus.Deceased, stored.Status);
        Assert.Equal(3, stored.Events.Count);
    }

    private static async Task<(string? Error, bool Conflict)> RecordAsync(
        ServiceProvider services, Guid id, int version, MemberEventKind kind, DateOnly on, Guid? organization = null)
    {
        await using var scope = services.CreateAsyncScope();
        var (_, error, conflict) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>()
            .RecordEventAsync(id, version, kind, on, organization, note: null, Cancel);
        return (error, conflict);
    }

    private static async Task<PartyMember> FindAsync(ServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MemberQueries>().FindAsync(id, Cancel))!;
    }

    private static async Task<(PartyOrganization CellA, PartyOrganization CellB, PartyMember Member)> SetUpAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var cellA = (await restructuring.CreateAsync(new("Chi bộ A", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        var cellB = (await restructuring.CreateAsync(new("Chi bộ B", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember("Hồ Văn Sự", new DateOnly(1980, 1, 1), Gender.Male, cellA.Id, new DateOnly(2008, 1, 1), new DateOnly(2009, 1, 1)),
            cancellationToken: Cancel);
        return (cellA, cellB, member ?? throw new InvalidOperationException(string.Join("; ", errors)));
    }
}
