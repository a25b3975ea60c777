using DangVu.Core.Admission;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Core.Training;
using DangVu.Data;
using DangVu.Data.Admission;
using DangVu.Data.Members;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// A few synthetic admission cases in the hospital's cells, at various steps and dated from today, so the demo
/// secretary sees a pipeline and each kind of alert: a new candidate, a certificate about to expire, a case ready
/// for the cell's vote, a ceremony overdue and a probation about to end. Added once, through the workflow itself; the
/// awareness and new-member class steps from certificates of the demo classes (<see cref="DemoTraining"/>).
/// </summary>
internal sealed class DemoAdmissions(AdmissionWorkflow workflow, DangVuDbContext context, RuleBook book, TimeProvider clock, DemoTraining training)
{
    private static readonly string[] Cells = ["Chi bộ Khoa Nội", "Chi bộ Khoa Ngoại", "Chi bộ Khoa Sản"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.AdmissionCases.AnyAsync(cancellationToken))
        {
            return;
        }

        var cells = await context.Organizations.AsNoTracking()
            .Where(o => Cells.Contains(o.Name) && o.Kind == OrganizationKind.Cell).ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        if (cells.Count < Cells.Length)
        {
            return;
        }

        var today = VietnameseDates.Today(clock);
        var nội = cells["Chi bộ Khoa Nội"];
        var ngoại = cells["Chi bộ Khoa Ngoại"];
        var sản = cells["Chi bộ Khoa Sản"];
        await CaseAsync("Trịnh Thị Mỹ Duyên", new(2001, 4, 12), Gender.Female, CandidateSource.YouthUnion, "Điều dưỡng", nội, today.AddDays(-20), [], cancellationToken);
        // Certificate from 58 months ago: it expires before the cell could vote.
        var start = today.AddMonths(-59);
        await CaseAsync("Lê Hoàng Phúc", new(1994, 9, 3), Gender.Male, CandidateSource.TradeUnion, "Bác sĩ", ngoại, start,
            [(AdmissionStep.AwarenessClass, start.AddMonths(1)), (AdmissionStep.Application, start.AddMonths(2))], cancellationToken);
        start = today.AddMonths(-8);
        await CaseAsync("Võ Thị Kim Ngân", new(1998, 1, 20), Gender.Female, CandidateSource.YouthUnion, "Bác sĩ", sản, start, Through(AdmissionStep.Opinions, start), cancellationToken);
        start = today.AddMonths(-14);
        var decided = today.AddDays(-60);
        await CaseAsync("Nguyễn Quốc Bảo", new(1996, 11, 5), Gender.Male, CandidateSource.YouthUnion, "Dược sĩ", nội, start,
            [.. Through(AdmissionStep.CommitteeVote, start), (AdmissionStep.Decision, decided)], cancellationToken);
        start = today.AddMonths(-24);
        var ceremony = today.AddMonths(-12).AddDays(25);
        await CaseAsync("Phan Thị Thanh Tâm", new(1999, 6, 30), Gender.Female, CandidateSource.YouthUnion, "Bác sĩ", ngoại, start,
            [.. Through(AdmissionStep.CommitteeVote, start), (AdmissionStep.Decision, ceremony.AddDays(-14)), (AdmissionStep.Ceremony, ceremony),
             (AdmissionStep.NewMemberClass, ceremony.AddMonths(3))], cancellationToken);
    }

    /// <summary>Every step up to <paramref name="last"/>, a month apart from <paramref name="start"/>.</summary>
    private static List<(AdmissionStep Step, DateOnly On)> Through(AdmissionStep last, DateOnly start) =>
        [.. AdmissionSteps.All.Where(step => step > AdmissionStep.Candidate && step <= last).Select(step => (step, start.AddMonths((int)step)))];

    private async Task CaseAsync(
        string name, DateOnly birth, Gender gender, CandidateSource source, string profession, Guid cellId, DateOnly registered,
        IReadOnlyList<(AdmissionStep Step, DateOnly On)> steps, CancellationToken cancellationToken)
    {
        var (admission, errors) = await workflow.CreateAsync(
            new NewCandidate(name, birth, gender, source, Sector.Health, cellId, registered, profession, IsSynthetic: true), cancellationToken);
        if (admission is null)
        {
            throw new InvalidOperationException($"Demo candidate refused: {string.Join("; ", errors)}");
        }

        var introducers = await context.Members.AsNoTracking()
            .Where(m => m.OrganizationId == cellId && m.Status == MemberStatus.Official && m.OfficialOn < registered.AddYears(-1))
            .OrderBy(m => m.Id).Take(2).Select(m => m.Id).ToListAsync(cancellationToken);
        var version = admission.Version;
        var memberId = (Guid?)null;
        foreach (var (step, on) in steps)
        {
            // The class steps are recorded from certificates the demo classes issued, as a secretary would.
            Guid? certificate = step switch
            {
                AdmissionStep.AwarenessClass => await training.CertificateAsync(TrainingKind.Awareness, admission.Id, on, cancellationToken),
                AdmissionStep.NewMemberClass when memberId is { } member => await training.CertificateAsync(TrainingKind.NewMemberTheory, member, on, cancellationToken),
                _ => null,
            };
            var request = new StepRequest(step, on, AdmissionJudge.Documents(book, step, on),
                AdmissionSteps.IsVote(step) ? new VoteCount(AdmissionSteps.IsCellVote(step) ? 12 : 7, 0, AdmissionSteps.IsCellVote(step) ? 11 : 6) : null,
                step == AdmissionStep.Introducers ? [.. introducers.Select(id => new IntroducerRequest(id, registered.AddYears(-2)))] : null,
                AdmissionSteps.IsDecision(step) ? "Số mẫu-QĐ/ĐU" : null, CertificateId: certificate);
            var outcome = await workflow.RecordStepAsync(admission.Id, version, request, cancellationToken);
            if (outcome.Case is null)
            {
                throw new InvalidOperationException($"Demo step {step} of {name} refused: {string.Join("; ", outcome.Refusals)}");
            }

            version = outcome.Case.Version;
            memberId = outcome.Case.MemberId;
        }
    }
}
