using DangVu.Core.Admission;
using DangVu.Core.Rules;
using DangVu.Core.Training;
using DangVu.Data.Admission;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Training;

/// <summary>An awareness certificate recorded by a class satisfies the admission's cell vote while valid, and not once expired.</summary>
public sealed class AdmissionWithClassCertificateTests
{
    private static readonly DateOnly Issued = new(2019, 3, 1);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CellVote_ClassCertificateValidOnTheDay_Passes_ExpiredTheDayAfter_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var world = await TrainingWorld.CreateAsync(services);
        var introducers = await IntroducersAsync(world);
        var valid = await OpenAsync(services, world, "Mai Thị Hoa");
        var expired = await OpenAsync(services, world, "Mai Thị Huệ");
        var training = await world.PassedClassAsync(TrainingKind.Awareness, "Lớp nhận thức về Đảng khoá I/2019", new(2019, 2, 25), new(2019, 3, 1), [], [valid.Id, expired.Id]);

        var step = await RecordAsync(services, valid.Id, 0, AdmissionStep.AwarenessClass, new(2025, 1, 1), certificate: training.Enrolments.Single(e => e.AdmissionCaseId == valid.Id).Id);
        await RecordAsync(services, expired.Id, 0, AdmissionStep.AwarenessClass, new(2025, 1, 1), certificate: training.Enrolments.Single(e => e.AdmissionCaseId == expired.Id).Id);
        await ThroughOpinionsAsync(services, valid.Id, introducers);
        await ThroughOpinionsAsync(services, expired.Id, introducers);
        var through = RuleBook.Default.On(Issued).CertificateValidThrough(Issued);
        var passed = await RecordAsync(services, valid.Id, 5, AdmissionStep.CellVote, through, new VoteCount(9, 0, 9));
        var refused = await RecordAsync(services, expired.Id, 5, AdmissionStep.CellVote, through.AddDays(1), new VoteCount(9, 0, 9));

        Assert.Equal(Issued, step.Case!.CertificateIssuedOn);
        var stored = step.Case.Steps.Single(s => s.Step == AdmissionStep.AwarenessClass);
        Assert.Equal(training.Enrolments.Single(e => e.AdmissionCaseId == valid.Id).Id, stored.TrainingEnrolmentId);
        Assert.Equal("1-GCN", stored.DocumentNumber);
        Assert.Equal(new DateOnly(2024, 2, 29), through);
        Assert.True(passed.Case is not null, string.Join("; ", passed.Refusals));
        Assert.Contains("chỉ có giá trị đến ngày 29/02/2024", Assert.Single(refused.Refusals), StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task CellVote_TypedCertificateExpired_ButANewerClassCertificate_Passes_AndAnotherPersonsCertificateIsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var world = await TrainingWorld.CreateAsync(services);
        var introducers = await IntroducersAsync(world);
        var candidate = await OpenAsync(services, world, "Mai Thị Hoa");
        var other = await OpenAsync(services, world, "Mai Thị Huệ");

        await RecordAsync(services, candidate.Id, 0, AdmissionStep.AwarenessClass, Issued);
        var newer = await world.PassedClassAsync(TrainingKind.Awareness, "Lớp nhận thức về Đảng khoá II/2024", new(2024, 2, 1), new(2024, 2, 5), [], [candidate.Id, other.Id]);
        var foreign = await RecordAsync(services, other.Id, 0, AdmissionStep.AwarenessClass, new(2025, 1, 1), certificate: newer.Enrolments.Single(e => e.AdmissionCaseId == candidate.Id).Id);
        await ThroughOpinionsAsync(services, candidate.Id, introducers);
        var passed = await RecordAsync(services, candidate.Id, 5, AdmissionStep.CellVote, new(2024, 6, 1), new VoteCount(9, 0, 9));

        Assert.Equal("Giấy chứng nhận này cấp cho Mai Thị Hoa, không phải người của hồ sơ.", Assert.Single(foreign.Refusals));
        Assert.True(passed.Case is not null, string.Join("; ", passed.Refusals));
        Assert.Equal(new DateOnly(2024, 2, 5), passed.Case.CertificateIssuedOn);
    }

    private static async Task<IReadOnlyList<Guid>> IntroducersAsync(TrainingWorld world) =>
    [
        (await world.MemberAsync("Trần Văn Giới", world.Internal, new(1999, 1, 1), new(2000, 1, 1))).Id,
        (await world.MemberAsync("Nguyễn Thị Thiệu", world.Internal, new(1999, 1, 1), new(2000, 1, 1))).Id,
    ];

    private static async Task<AdmissionCase> OpenAsync(ServiceProvider services, TrainingWorld world, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var (admission, errors) = await scope.ServiceProvider.GetRequiredService<AdmissionWorkflow>().CreateAsync(
            new NewCandidate(name, new DateOnly(1995, 1, 1), Gender.Female, CandidateSource.YouthUnion, Sector.Health, world.Internal.Id, new DateOnly(2019, 1, 2)), Cancel);
        return admission ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    /// <summary>Application to opinions, dated just before the vote (certificate dates vary by test).</summary>
    private static async Task ThroughOpinionsAsync(ServiceProvider services, Guid id, IReadOnlyList<Guid> introducers)
    {
        var start = new DateOnly(2024, 2, 10);
        await RecordAsync(services, id, 1, AdmissionStep.Application, start);
        await RecordAsync(services, id, 2, AdmissionStep.Introducers, start.AddDays(1), introducers: [.. introducers.Select(i => new IntroducerRequest(i, new DateOnly(2015, 1, 1)))]);
        await RecordAsync(services, id, 3, AdmissionStep.HistoryVerification, start.AddDays(2));
        await RecordAsync(services, id, 4, AdmissionStep.Opinions, start.AddDays(3));
    }

    private static async Task<StepOutcome> RecordAsync(
        ServiceProvider services, Guid id, int version, AdmissionStep step, DateOnly on, VoteCount? vote = null,
        IReadOnlyList<IntroducerRequest>? introducers = null, Guid? certificate = null)
    {
        await using var scope = services.CreateAsyncScope();
        var documents = certificate is null ? AdmissionJudge.Documents(RuleBook.Default, step, on) : [];
        var outcome = await scope.ServiceProvider.GetRequiredService<AdmissionWorkflow>()
            .RecordStepAsync(id, version, new StepRequest(step, on, documents, vote, introducers, CertificateId: certificate), Cancel);
        if (step != AdmissionStep.CellVote && certificate is null)
        {
            Assert.True(outcome.Case is not null, $"{step}: {string.Join("; ", outcome.Refusals)}");
        }

        return outcome;
    }
}
