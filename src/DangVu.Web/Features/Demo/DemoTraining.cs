using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Training;
using DangVu.Data;
using DangVu.Data.Training;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// Synthetic classes of the provincial hospital's party committee, through the training services themselves: the
/// awareness classes whose certificates the demo admission cases are recorded from, a new-member class some
/// probationers have not attended, and the 2008 study of the Central Committee's 6th plenum (term X) that some
/// members missed.
/// </summary>
internal sealed class DemoTraining(TrainingRegistry registry, TrainingRecords records, DangVuDbContext context, TimeProvider clock)
{
    public const string ResolutionTopic = "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khoá X";
    private static readonly DateOnly StudyStarts = new(2008, 6, 16);
    private static readonly DateOnly StudyEnds = new(2008, 6, 18);

    /// <summary>
    /// A certificate of an awareness (or new-member) class ending on <paramref name="issued"/> for one candidate (or
    /// member): the class of that day is opened if needed, the person enrolled, present at every session, passed and
    /// certified. Returns the enrolment, which the admission step is recorded from.
    /// </summary>
    public async Task<Guid> CertificateAsync(TrainingKind kind, Guid person, DateOnly issued, CancellationToken cancellationToken)
    {
        var hospital = await HospitalAsync(cancellationToken);
        var name = $"{(kind == TrainingKind.Awareness ? "Lớp bồi dưỡng nhận thức về Đảng" : "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới")} tháng {issued:MM/yyyy}";
        var training = await context.TrainingClasses.AsNoTracking().SingleOrDefaultAsync(c => c.Kind == kind && c.OrganizerId == hospital.Id && c.EndsOn == issued, cancellationToken)
            ?? Check(await registry.CreateAsync(new NewTrainingClass(
                new ClassPlan(kind, name, null, issued.AddDays(-4), issued, [new SessionPlan(issued.AddDays(-4), "Bài mở đầu"), new SessionPlan(issued, "Bài kết thúc, viết bài thu hoạch")]),
                hospital.Id, "Hội trường Bệnh viện Đa khoa tỉnh", IsSynthetic: true), cancellationToken));
        training = kind == TrainingKind.Awareness
            ? Check(await registry.EnrolAsync(training.Id, training.Version, [], [person], cancellationToken))
            : Check(await registry.EnrolAsync(training.Id, training.Version, [person], [], cancellationToken));
        var enrolment = await context.TrainingEnrolments.AsNoTracking()
            .SingleAsync(e => e.ClassId == training.Id && (e.AdmissionCaseId == person || e.MemberId == person), cancellationToken);
        var number = await context.TrainingEnrolments.CountAsync(e => e.ClassId == training.Id, cancellationToken);
        training = await AttendAllAsync(training, cancellationToken);
        training = Check(await records.ResultsAsync(training.Id, training.Version,
            [new ResultEntry(enrolment.Id, TrainingResult.Passed, $"{number:00}-{issued:yyyy}/GCN-ĐU", issued)], cancellationToken));
        return enrolment.Id;
    }

    /// <summary>The new-member class (some probationers left out or failed) and the 2008 study (some members missing), once.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.TrainingClasses.AnyAsync(c => c.Kind == TrainingKind.ResolutionStudy, cancellationToken))
        {
            return;
        }

        var today = Core.Text.VietnameseDates.Today(clock);
        var hospital = await HospitalAsync(cancellationToken);
        var cells = await context.Organizations.AsNoTracking().Where(o => o.ParentId == hospital.Id).Select(o => o.Id).ToListAsync(cancellationToken);
        var members = await context.Members.AsNoTracking().Include(m => m.Events)
            .Where(m => cells.Contains(m.OrganizationId)).OrderBy(m => m.Id).ToListAsync(cancellationToken);

        var study = Check(await registry.CreateAsync(new NewTrainingClass(
            new ClassPlan(TrainingKind.ResolutionStudy, "Học tập, quán triệt Nghị quyết Trung ương 6 khoá X", ResolutionTopic, StudyStarts, StudyEnds,
                [new SessionPlan(StudyStarts, "Chuyên đề 1: Hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa"),
                 new SessionPlan(StudyStarts.AddDays(1), "Chuyên đề 2: Nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng và chất lượng đảng viên"),
                 new SessionPlan(StudyEnds, "Thảo luận, viết bài thu hoạch")]),
            hospital.Id, "Hội trường Bệnh viện Đa khoa tỉnh", IsSynthetic: true), cancellationToken));
        // Everyone on the rolls then is enrolled; one in eight did not come and did not pass.
        var onRolls = members.Where(m => StudyObligation.IsOnRolls(m.StatusOn(StudyStarts))).Select(m => m.Id).ToList();
        study = Check(await registry.EnrolAsync(study.Id, study.Version, onRolls, [], cancellationToken));
        var enrolments = await context.TrainingEnrolments.AsNoTracking().Where(e => e.ClassId == study.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var absent = enrolments.Where((_, index) => index % 8 == 3).Select(e => e.Id).ToHashSet();
        study = await AttendAllAsync(study, cancellationToken, absent);
        study = Check(await records.ResultsAsync(study.Id, study.Version,
            [.. enrolments.Select(e => new ResultEntry(e.Id, absent.Contains(e.Id) ? TrainingResult.Failed : TrainingResult.Passed))], cancellationToken));

        // The new-member class two months ago: half of the hospital's probationers attended it.
        var starts = today.AddMonths(-2);
        var probationers = members.Where(m => m.Status == MemberStatus.Probationary && m.StatusOn(starts) == MemberStatus.Probationary).Select(m => m.Id).ToList();
        var attending = probationers.Where((_, index) => index % 2 == 0).ToList();
        if (attending.Count == 0)
        {
            return;
        }

        var newMembers = Check(await registry.CreateAsync(new NewTrainingClass(
            new ClassPlan(TrainingKind.NewMemberTheory, $"Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khoá {starts:MM/yyyy}", null, starts, starts.AddDays(4),
                [new SessionPlan(starts, "Bài 1–3"), new SessionPlan(starts.AddDays(2), "Bài 4–6"), new SessionPlan(starts.AddDays(4), "Kiểm tra, viết bài thu hoạch")]),
            hospital.Id, "Trung tâm Chính trị", IsSynthetic: true), cancellationToken));
        newMembers = Check(await registry.EnrolAsync(newMembers.Id, newMembers.Version, attending, [], cancellationToken));
        newMembers = await AttendAllAsync(newMembers, cancellationToken);
        var enrolled = await context.TrainingEnrolments.AsNoTracking().Where(e => e.ClassId == newMembers.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        Check(await records.ResultsAsync(newMembers.Id, newMembers.Version,
            [.. enrolled.Select((e, index) => new ResultEntry(e.Id, TrainingResult.Passed, $"{index + 1:00}/GCN-ĐVM", starts.AddDays(6)))], cancellationToken));
    }

    private async Task<TrainingClass> AttendAllAsync(TrainingClass training, CancellationToken cancellationToken, HashSet<Guid>? absent = null)
    {
        var sessions = await context.Set<TrainingSession>().AsNoTracking().Where(s => s.ClassId == training.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var present = await context.TrainingEnrolments.AsNoTracking().Where(e => e.ClassId == training.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            training = Check(await records.AttendanceAsync(training.Id, training.Version, session, [.. present.Where(id => absent?.Contains(id) != true)], null, cancellationToken));
        }

        return training;
    }

    private async Task<Data.Organizations.PartyOrganization> HospitalAsync(CancellationToken cancellationToken) =>
        await context.Organizations.AsNoTracking().FirstAsync(o => o.Name == DemoOrganizations.HospitalName && o.Kind == OrganizationKind.GrassrootsCommittee, cancellationToken);

    private static TrainingClass Check(TrainingOutcome outcome) =>
        outcome.Class ?? throw new InvalidOperationException($"Demo class refused: {string.Join("; ", outcome.Refusals)}");
}
