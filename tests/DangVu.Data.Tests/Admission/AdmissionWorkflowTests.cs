using DangVu.Core.Admission;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Data.Admission;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Admission;

public sealed class AdmissionWorkflowTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordStepAsync_FromCandidateToOfficial_AdmitsIntoTheRegistryAndRecognizesFromTheEndOfProbation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, introducers) = await SetUpAsync(services);
        var admission = await OpenAsync(
            services, cell.Id, "Phạm Thị Thu Hà", new DateOnly(1998, 4, 2), new DateOnly(2024, 3, 1), origin: ("Chăm", "Hồi giáo", "Ninh Phước, Ninh Thuận"));

        await ThroughCellVoteAsync(services, admission.Id, introducers, new DateOnly(2024, 4, 1));
        await StepAsync(services, admission.Id, 6, AdmissionStep.CommitteeVote, new(2024, 12, 10), new VoteCount(7, 0, 5));
        var decided = await StepAsync(services, admission.Id, 7, AdmissionStep.Decision, new(2025, 1, 6), number: "15-QĐ/ĐU");
        await StepAsync(services, admission.Id, 8, AdmissionStep.Ceremony, new(2025, 2, 10));
        await StepAsync(services, admission.Id, 9, AdmissionStep.NewMemberClass, new(2025, 6, 20));
        // The cell meets months after probation ended (10/02/2026): late, flagged, but the official date does not move.
        var late = await StepAsync(services, admission.Id, 10, AdmissionStep.RecognitionCellVote, new(2026, 6, 1), new VoteCount(9, 1, 6));
        await StepAsync(services, admission.Id, 11, AdmissionStep.RecognitionCommitteeVote, new(2026, 6, 15), new VoteCount(7, 0, 7));
        var recognized = await StepAsync(services, admission.Id, 12, AdmissionStep.RecognitionDecision, new(2026, 7, 1), number: "88-QĐ/ĐU");

        Assert.Equal(AdmissionStatus.Probationary, decided.Case!.Status);
        Assert.Contains("ngày chính thức vẫn là ngày hết dự bị 10/02/2026", Assert.Single(late.Warnings), StringComparison.Ordinal);
        Assert.Equal(AdmissionStatus.Official, recognized.Case!.Status);
        Assert.Equal(new DateOnly(2026, 2, 10), recognized.Case.RecognizedOn);
        await using var scope = services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<MemberQueries>().FindAsync(recognized.Case.MemberId!.Value, Cancel);
        Assert.NotNull(member);
        Assert.Equal("Phạm Thị Thu Hà", member.FullName);
        Assert.Equal(cell.Id, member.OrganizationId);
        Assert.Equal(new DateOnly(2025, 1, 6), member.AdmittedOn);
        Assert.Equal(new DateOnly(2026, 2, 10), member.OfficialOn);
        Assert.Equal(MemberStatus.Probationary, member.StatusOn(new(2026, 2, 9)));
        Assert.Equal(MemberStatus.Official, member.StatusOn(new(2026, 2, 10)));
        Assert.True(member.YouthUnionMember);
        Assert.Equal(("Chăm", "Hồi giáo", "Ninh Phước, Ninh Thuận"), (member.Ethnicity, member.Religion, member.Hometown));
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(AdmissionStepRecord), Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(AdmissionCase) && e.Action == "update", Cancel));
        var stored = await scope.ServiceProvider.GetRequiredService<AdmissionQueries>().FindAsync(admission.Id, Cancel);
        Assert.Equal(2, stored!.Steps.Single(s => s.Step == AdmissionStep.Introducers).Introducers.Count);
        Assert.Equal("quy-dinh-366-2025", stored.Steps.Single(s => s.Step == AdmissionStep.RecognitionCellVote).RuleSetId);
        Assert.Equal("quy-dinh-124-2023", stored.Steps.Single(s => s.Step == AdmissionStep.CellVote).RuleSetId);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordStepAsync_CellVoteAt17Years11Months_IsRefusedAndNothingIsWritten_At18ItPasses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, introducers) = await SetUpAsync(services);
        var vote = new DateOnly(2026, 3, 10);
        var young = await OpenAsync(services, cell.Id, "Đỗ Minh Khang", vote.AddYears(-18).AddMonths(1), new DateOnly(2025, 6, 1));
        var adult = await OpenAsync(services, cell.Id, "Đỗ Minh An", vote.AddYears(-18), new DateOnly(2025, 6, 1));

        await ThroughOpinionsAsync(services, young.Id, introducers, new DateOnly(2025, 7, 1));
        await ThroughOpinionsAsync(services, adult.Id, introducers, new DateOnly(2025, 7, 1));
        var refused = await RecordAsync(services, young.Id, 5, AdmissionStep.CellVote, vote, new VoteCount(9, 0, 9));
        var passed = await RecordAsync(services, adult.Id, 5, AdmissionStep.CellVote, vote, new VoteCount(9, 0, 9));

        Assert.Null(refused.Case);
        Assert.Contains("17 tuổi 11 tháng", Assert.Single(refused.Refusals), StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn 06-HD/TW", refused.Refusals[0], StringComparison.Ordinal);
        Assert.Equal(AdmissionStep.CellVote, passed.Case!.Step);
        await using var scope = services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AdmissionQueries>().FindAsync(young.Id, Cancel);
        Assert.Equal(AdmissionStep.Opinions, stored!.Step);
        Assert.Equal(5, stored.Version);
        Assert.DoesNotContain(stored.Steps, s => s.Step == AdmissionStep.CellVote);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordStepAsync_VoteBelowTwoThirds_IsRecordedAsFailedAndTheStepStays_ExactlyTwoThirdsPasses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, introducers) = await SetUpAsync(services);
        var admission = await OpenAsync(services, cell.Id, "Vũ Thị Lan", new DateOnly(1990, 1, 1), new DateOnly(2025, 6, 1));
        await ThroughOpinionsAsync(services, admission.Id, introducers, new DateOnly(2025, 7, 1));

        var failed = await RecordAsync(services, admission.Id, 5, AdmissionStep.CellVote, new(2026, 3, 10), new VoteCount(8, 0, 5));
        var passed = await RecordAsync(services, admission.Id, 6, AdmissionStep.CellVote, new(2026, 4, 10), new VoteCount(9, 0, 6));

        Assert.False(failed.VotePassed);
        Assert.Equal(AdmissionStep.Opinions, failed.Case!.Step);
        Assert.True(passed.VotePassed);
        Assert.Equal(AdmissionStep.CellVote, passed.Case!.Step);
        await using var scope = services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AdmissionQueries>().FindAsync(admission.Id, Cancel);
        Assert.Equal([false, true], stored!.Steps.Where(s => s.Step == AdmissionStep.CellVote).OrderBy(s => s.On).Select(s => s.Passed!.Value));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordStepAsync_2008AdmissionAnd2026AdmissionOfTheSameProfile_AreJudgedByTheirOwnRuleSets(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, introducers) = await SetUpAsync(services);
        var then = await OpenAsync(services, cell.Id, "Hoàng Văn Nam", new DateOnly(1985, 6, 1), new DateOnly(2007, 6, 1));
        var now = await OpenAsync(services, cell.Id, "Hoàng Văn Bắc", new DateOnly(2003, 6, 1), new DateOnly(2025, 6, 1));

        await ThroughCellVoteAsync(services, then.Id, introducers, new DateOnly(2007, 7, 1), new DateOnly(2008, 5, 22));
        await ThroughCellVoteAsync(services, now.Id, introducers, new DateOnly(2025, 7, 1), new DateOnly(2026, 5, 22));

        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<AdmissionQueries>();
        var judged2008 = (await queries.FindAsync(then.Id, Cancel))!.Steps.Single(s => s.Step == AdmissionStep.CellVote);
        var judged2026 = (await queries.FindAsync(now.Id, Cancel))!.Steps.Single(s => s.Step == AdmissionStep.CellVote);
        Assert.Equal("chi-thi-10-2007", judged2008.RuleSetId);
        Assert.Equal("quy-dinh-366-2025", judged2026.RuleSetId);
        var book = RuleBook.Default;
        Assert.False(book.Find(judged2008.RuleSetId)!.CellVote.IsConfirmed);
        Assert.True(book.Find(judged2026.RuleSetId)!.CellVote.IsConfirmed);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordStepAsync_StaleVersion_IsAConflictAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, _) = await SetUpAsync(services);
        var admission = await OpenAsync(services, cell.Id, "Ngô Thị Hạnh", new DateOnly(1995, 1, 1), new DateOnly(2025, 6, 1));

        var first = await RecordAsync(services, admission.Id, 0, AdmissionStep.AwarenessClass, new(2025, 7, 1));
        var stale = await RecordAsync(services, admission.Id, 0, AdmissionStep.Application, new(2025, 8, 1));

        Assert.NotNull(first.Case);
        Assert.True(stale.Conflict);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(AdmissionStep.AwarenessClass, (await scope.ServiceProvider.GetRequiredService<AdmissionQueries>().FindAsync(admission.Id, Cancel))!.Step);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ForSubtreeAsync_CountsAdmissionsPipelineAndGrassrootsThatAdmitted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (cell, introducers) = await SetUpAsync(services);
        var doctor = await OpenAsync(services, cell.Id, "Lý Thị Mai", new DateOnly(1992, 1, 1), new DateOnly(2024, 3, 1), Sector.Health, "Bác sĩ nội trú");
        await OpenAsync(services, cell.Id, "Lý Văn Tùng", new DateOnly(1992, 1, 1), new DateOnly(2025, 3, 1));
        await ThroughCellVoteAsync(services, doctor.Id, introducers, new DateOnly(2024, 4, 1));
        await StepAsync(services, doctor.Id, 6, AdmissionStep.CommitteeVote, new(2024, 12, 10), new VoteCount(7, 0, 5));
        await StepAsync(services, doctor.Id, 7, AdmissionStep.Decision, new(2025, 1, 6));

        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<AdmissionStatistics>()
            .ForSubtreeAsync([OrganizationPath.Root], new(2025, 1, 1), new(2025, 12, 31), Cancel);

        Assert.Equal(1, report.Admissions);
        Assert.Equal(1, report.HealthAdmissions);
        Assert.Equal(1, report.DoctorAdmissions);
        Assert.Equal(1, report.YouthUnionAdmissions);
        Assert.Equal(2, report.GrassrootsOrganizations);
        Assert.Equal(1, report.GrassrootsThatAdmitted);
        Assert.Equal(1, report.InPipeline);
        Assert.Equal(1, report.PipelineByStep.Single(s => s.Step == AdmissionStep.Candidate).Count);
        Assert.Equal(new DateOnly(2025, 1, 6).DayNumber - new DateOnly(2024, 3, 1).DayNumber, report.MedianDaysToAdmission);
    }

    private static async Task ThroughOpinionsAsync(ServiceProvider services, Guid id, IReadOnlyList<Guid> introducers, DateOnly start)
    {
        await StepAsync(services, id, 0, AdmissionStep.AwarenessClass, start);
        await StepAsync(services, id, 1, AdmissionStep.Application, start.AddDays(14));
        var introduced = await RecordAsync(services, id, 2, AdmissionStep.Introducers, start.AddDays(21),
            introducers: [.. introducers.Select(member => new IntroducerRequest(member, new DateOnly(2000, 1, 1)))]);
        Assert.True(introduced.Case is not null, string.Join("; ", introduced.Refusals));
        await StepAsync(services, id, 3, AdmissionStep.HistoryVerification, start.AddMonths(2));
        await StepAsync(services, id, 4, AdmissionStep.Opinions, start.AddMonths(3));
    }

    private static async Task ThroughCellVoteAsync(ServiceProvider services, Guid id, IReadOnlyList<Guid> introducers, DateOnly start, DateOnly? vote = null)
    {
        await ThroughOpinionsAsync(services, id, introducers, start);
        await StepAsync(services, id, 5, AdmissionStep.CellVote, vote ?? start.AddMonths(4), new VoteCount(9, 0, 9));
    }

    private static async Task<StepOutcome> StepAsync(
        ServiceProvider services, Guid id, int version, AdmissionStep step, DateOnly on, VoteCount? vote = null, string? number = null)
    {
        var outcome = await RecordAsync(services, id, version, step, on, vote, number: number);
        Assert.True(outcome.Case is not null, $"{step}: {string.Join("; ", outcome.Refusals)}");
        return outcome;
    }

    private static async Task<StepOutcome> RecordAsync(
        ServiceProvider services, Guid id, int version, AdmissionStep step, DateOnly on, VoteCount? vote = null,
        IReadOnlyList<IntroducerRequest>? introducers = null, string? number = null)
    {
        await using var scope = services.CreateAsyncScope();
        var documents = AdmissionJudge.Documents(RuleBook.Default, step, on);
        return await scope.ServiceProvider.GetRequiredService<AdmissionWorkflow>()
            .RecordStepAsync(id, version, new StepRequest(step, on, documents, vote, introducers, number), Cancel);
    }

    private static async Task<AdmissionCase> OpenAsync(
        ServiceProvider services, Guid cellId, string name, DateOnly birth, DateOnly registered, Sector sector = Sector.Administration, string? profession = null,
        (string Ethnicity, string Religion, string Hometown)? origin = null)
    {
        await using var scope = services.CreateAsyncScope();
        var (admission, errors) = await scope.ServiceProvider.GetRequiredService<AdmissionWorkflow>().CreateAsync(
            new NewCandidate(
                name, birth, Gender.Female, CandidateSource.YouthUnion, sector, cellId, registered, profession,
                Ethnicity: origin?.Ethnicity, Religion: origin?.Religion, Hometown: origin?.Hometown), Cancel);
        return admission ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    private static async Task<(PartyOrganization Cell, IReadOnlyList<Guid> Introducers)> SetUpAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2000, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Bệnh viện", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        await restructuring.CreateAsync(new("Chi bộ Trường học", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel);
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var introducers = new List<Guid>();
        foreach (var name in new[] { "Trần Văn Giới", "Nguyễn Thị Thiệu" })
        {
            var (member, errors) = await registry.AddAsync(
                new NewMember(name, new DateOnly(1970, 1, 1), Gender.Male, cell.Id, new DateOnly(2001, 1, 1), new DateOnly(2002, 1, 1)), cancellationToken: Cancel);
            introducers.Add(member?.Id ?? throw new InvalidOperationException(string.Join("; ", errors)));
        }

        return (cell, introducers);
    }
}
