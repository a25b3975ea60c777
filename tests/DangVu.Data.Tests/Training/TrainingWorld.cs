using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Training;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Training;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Training;

/// <summary>
/// A small tree for training tests: a province, a hospital's grassroots committee with two cells (Nội, Ngoại), and a
/// school's grassroots cell outside it; helpers to add members and run classes through the services.
/// </summary>
internal sealed class TrainingWorld(ServiceProvider services, PartyOrganization hospital, PartyOrganization internal_, PartyOrganization surgery, PartyOrganization school)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ServiceProvider Services => services;

    public PartyOrganization Hospital => hospital;

    public PartyOrganization Internal => internal_;

    public PartyOrganization Surgery => surgery;

    public PartyOrganization School => school;

    public static async Task<TrainingWorld> CreateAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2000, 1, 1));
        async Task<PartyOrganization> Add(string name, OrganizationKind kind, Guid? parent) =>
            (await restructuring.CreateAsync(new(name, kind, OrganizationType.PublicServiceUnit, null, parent), founded, Cancel)).Organization!;
        var province = await Add("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, null);
        var hospital = await Add("Đảng bộ Bệnh viện", OrganizationKind.GrassrootsCommittee, province.Id);
        var nội = await Add("Chi bộ Khoa Nội", OrganizationKind.Cell, hospital.Id);
        var ngoại = await Add("Chi bộ Khoa Ngoại", OrganizationKind.Cell, hospital.Id);
        var school = await Add("Chi bộ Trường học", OrganizationKind.GrassrootsCell, province.Id);
        return new TrainingWorld(services, hospital, nội, ngoại, school);
    }

    public async Task<PartyMember> MemberAsync(string name, PartyOrganization cell, DateOnly admitted, DateOnly? official = null)
    {
        await using var scope = services.CreateAsyncScope();
        var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember(name, new DateOnly(1980, 1, 1), Gender.Male, cell.Id, admitted, official), cancellationToken: Cancel);
        return member ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    public async Task EventAsync(PartyMember member, MemberEventKind kind, DateOnly on)
    {
        await using var scope = services.CreateAsyncScope();
        var version = (await scope.ServiceProvider.GetRequiredService<MemberQueries>().FindAsync(member.Id, Cancel))!.Version;
        var (recorded, error, _) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().RecordEventAsync(member.Id, version, kind, on, null, null, Cancel);
        Assert.True(recorded is not null, error);
    }

    public async Task<TrainingClass> ClassAsync(TrainingKind kind, string name, DateOnly starts, DateOnly ends, PartyOrganization? organizer = null, string? topic = null)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<TrainingRegistry>().CreateAsync(new NewTrainingClass(
            new ClassPlan(kind, name, topic, starts, ends, [new SessionPlan(starts, "Buổi khai giảng"), new SessionPlan(ends, "Buổi bế giảng")]),
            (organizer ?? hospital).Id), Cancel);
        return outcome.Class ?? throw new InvalidOperationException(string.Join("; ", outcome.Refusals));
    }

    public async Task<TrainingOutcome> EnrolAsync(TrainingClass training, int version, IReadOnlyCollection<Guid> members, IReadOnlyCollection<Guid>? candidates = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingRegistry>().EnrolAsync(training.Id, version, members, candidates ?? [], Cancel);
    }

    public async Task<TrainingOutcome> ResultsAsync(TrainingClass training, int version, params ResultEntry[] entries)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingRecords>().ResultsAsync(training.Id, version, entries, Cancel);
    }

    public async Task<TrainingClass> FindAsync(Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<TrainingQueries>().FindAsync(id, Cancel))!;
    }

    /// <summary>A class whose people all passed, each with a certificate issued on its last day (numbered 1, 2, …).</summary>
    public async Task<TrainingClass> PassedClassAsync(TrainingKind kind, string name, DateOnly starts, DateOnly ends, IReadOnlyCollection<Guid> members, IReadOnlyCollection<Guid>? candidates = null, string? topic = null)
    {
        var training = await ClassAsync(kind, name, starts, ends, topic: topic);
        var enrolled = await EnrolAsync(training, training.Version, members, candidates);
        Assert.True(enrolled.Class is not null, string.Join("; ", enrolled.Refusals));
        var stored = await FindAsync(training.Id);
        var passed = await ResultsAsync(stored, stored.Version, [.. stored.Enrolments.Select((e, i) => new ResultEntry(e.Id, TrainingResult.Passed, $"{i + 1}-GCN", ends))]);
        Assert.True(passed.Class is not null, string.Join("; ", passed.Refusals));
        return await FindAsync(training.Id);
    }
}
