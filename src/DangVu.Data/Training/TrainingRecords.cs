using DangVu.Core.Admission;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Training;

/// <summary>
/// Records what happened in a class: attendance per session, each person's result and certificate (its term by the
/// rules of the issue day). All or nothing per request; refusals are Vietnamese; every write bumps the class's version.
/// </summary>
public sealed class TrainingRecords(DangVuDbContext context, RuleBook book, TimeProvider clock)
{
    /// <summary>
    /// Takes attendance of one session of the class: those listed in <paramref name="present"/> attended, every other
    /// enrolled person did not (with the reason given, if any). A session of another class, or a session still to come,
    /// is refused.
    /// </summary>
    public async Task<TrainingOutcome> AttendanceAsync(
        Guid classId, int expectedVersion, Guid sessionId, IReadOnlyCollection<Guid> present,
        IReadOnlyDictionary<Guid, string>? reasons = null, CancellationToken cancellationToken = default)
    {
        var training = await LoadAsync(classId, cancellationToken);
        if (training is null)
        {
            return TrainingOutcome.Missing;
        }

        if (training.Version != expectedVersion)
        {
            return TrainingOutcome.Stale(training);
        }

        if (training.Sessions.SingleOrDefault(s => s.Id == sessionId) is not { } session)
        {
            return TrainingOutcome.Refused("Buổi học này không thuộc lớp: không điểm danh được.");
        }

        if (TrainingChecks.Attendance(session.On, Today()) is { } early)
        {
            return TrainingOutcome.Refused(early);
        }

        var strangers = present.Concat(reasons?.Keys ?? []).Where(id => training.Enrolments.All(e => e.Id != id)).ToList();
        if (strangers.Count > 0)
        {
            return TrainingOutcome.Refused("Có người được điểm danh nhưng không có tên trong lớp.");
        }

        foreach (var enrolment in training.Enrolments)
        {
            var attended = present.Contains(enrolment.Id);
            var reason = !attended && reasons?.GetValueOrDefault(enrolment.Id) is { } text && VietnameseText.Normalize(text) is { Length: > 0 } r ? r : null;
            if (reason?.Length > TrainingLimits.Note)
            {
                return TrainingOutcome.Refused($"Lý do vắng của {enrolment.FullName} dài quá {TrainingLimits.Note} ký tự.");
            }

            if (enrolment.Attendance.SingleOrDefault(a => a.SessionId == sessionId) is { } existing)
            {
                existing.Present = attended;
                existing.Reason = reason;
            }
            else
            {
                context.Add(new TrainingAttendance { EnrolmentId = enrolment.Id, SessionId = sessionId, Present = attended, Reason = reason });
            }
        }

        training.Version++;
        return await SaveAsync(training, cancellationToken);
    }

    /// <summary>
    /// Records results and certificates: a result only once the class has ended; a certificate only for a pass, dated on
    /// or after the class's last day and not in the future, with a number not used twice in the class. Each certificate
    /// gets its term from the rules in force on its issue day. A certificate an admission case was recorded from cannot
    /// be withdrawn or changed.
    /// </summary>
    public async Task<TrainingOutcome> ResultsAsync(Guid classId, int expectedVersion, IReadOnlyList<ResultEntry> entries, CancellationToken cancellationToken = default)
    {
        var training = await LoadAsync(classId, cancellationToken);
        if (training is null)
        {
            return TrainingOutcome.Missing;
        }

        if (training.Version != expectedVersion)
        {
            return TrainingOutcome.Stale(training);
        }

        var today = Today();
        if (TrainingChecks.Result(training.EndsOn, today) is { } early)
        {
            return TrainingOutcome.Refused(early);
        }

        var refusals = new List<string>();
        var ids = entries.Select(e => e.EnrolmentId).ToList();
        var used = await context.AdmissionSteps.AsNoTracking()
            .Where(s => s.TrainingEnrolmentId != null && ids.Contains(s.TrainingEnrolmentId.Value))
            .Select(s => s.TrainingEnrolmentId!.Value).ToListAsync(cancellationToken);
        var changes = new List<(TrainingEnrolment Enrolment, ResultEntry Entry, string? Number)>();
        foreach (var entry in entries)
        {
            if (training.Enrolments.SingleOrDefault(e => e.Id == entry.EnrolmentId) is not { } enrolment)
            {
                refusals.Add("Có người được ghi kết quả nhưng không có tên trong lớp.");
                continue;
            }

            if (!Enum.IsDefined(entry.Result))
            {
                refusals.Add($"Kết quả của {enrolment.FullName} không hợp lệ.");
                continue;
            }

            var number = VietnameseText.Normalize(entry.CertificateNumber) is { Length: > 0 } n ? n : null;
            if (number is not null || entry.CertificateIssuedOn is not null)
            {
                refusals.AddRange(TrainingChecks.Certificate(enrolment.FullName, entry.Result, number, entry.CertificateIssuedOn ?? today, training.EndsOn, today));
                if (entry.CertificateIssuedOn is null)
                {
                    refusals.Add($"Hãy ghi ngày cấp giấy chứng nhận của {enrolment.FullName}.");
                }
                else if (book.Uncovered(entry.CertificateIssuedOn.Value) is { } uncovered)
                {
                    refusals.Add(uncovered);
                }
            }

            var changesCertificate = enrolment.CertificateNumber != number || enrolment.CertificateIssuedOn != entry.CertificateIssuedOn;
            if (used.Contains(enrolment.Id) && (changesCertificate || entry.Result != TrainingResult.Passed))
            {
                refusals.Add($"Giấy chứng nhận của {enrolment.FullName} đã được dùng trong hồ sơ kết nạp: không sửa, không thu hồi được.");
            }

            changes.Add((enrolment, entry, number));
        }

        foreach (var duplicate in changes.Where(c => c.Number is not null).GroupBy(c => c.Number, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            refusals.Add($"Số giấy chứng nhận {duplicate.Key} ghi cho {duplicate.Count()} người.");
        }

        var others = training.Enrolments.Where(e => !ids.Contains(e.Id) && e.CertificateNumber is not null).Select(e => e.CertificateNumber!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        refusals.AddRange(changes.Where(c => c.Number is not null && others.Contains(c.Number)).Select(c => $"Số giấy chứng nhận {c.Number} đã cấp cho người khác trong lớp."));
        if (refusals.Count > 0)
        {
            return TrainingOutcome.Refused(refusals.Distinct());
        }

        foreach (var (enrolment, entry, number) in changes)
        {
            enrolment.Result = entry.Result;
            enrolment.CertificateNumber = number;
            enrolment.CertificateIssuedOn = number is null ? null : entry.CertificateIssuedOn;
            var rules = enrolment.CertificateIssuedOn is { } issued ? book.On(issued) : null;
            enrolment.CertificateValidThrough = rules is null ? null : CertificateValidity.ValidThrough(rules, training.Kind, enrolment.CertificateIssuedOn!.Value);
            enrolment.CertificateRuleSetId = rules?.Id;
        }

        await KeepCasesCertificateAsync(training, changes.Select(c => c.Enrolment), cancellationToken);
        training.Version++;
        return await SaveAsync(training, cancellationToken);
    }

    /// <summary>
    /// A newer awareness certificate of a candidate whose case is past that step (say the first one expired) becomes
    /// the case's certificate date, which its alerts read. The case's version is not bumped: no step was recorded.
    /// </summary>
    private async Task KeepCasesCertificateAsync(TrainingClass training, IEnumerable<TrainingEnrolment> enrolments, CancellationToken cancellationToken)
    {
        if (training.Kind != TrainingKind.Awareness)
        {
            return;
        }

        var issued = enrolments.Where(e => e.AdmissionCaseId is not null && e.CertificateIssuedOn is not null).ToDictionary(e => e.AdmissionCaseId!.Value, e => e.CertificateIssuedOn!.Value);
        var ids = issued.Keys.ToList();
        var cases = await context.AdmissionCases.Where(c => ids.Contains(c.Id) && c.CertificateIssuedOn != null).ToListAsync(cancellationToken);
        foreach (var admission in cases.Where(c => c.Step >= AdmissionStep.AwarenessClass && c.CertificateIssuedOn < issued[c.Id]))
        {
            admission.CertificateIssuedOn = issued[admission.Id];
        }
    }

    private Task<TrainingClass?> LoadAsync(Guid classId, CancellationToken cancellationToken) =>
        context.TrainingClasses.Include(c => c.Sessions).Include(c => c.Enrolments).ThenInclude(e => e.Attendance)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == classId, cancellationToken);

    private async Task<TrainingOutcome> SaveAsync(TrainingClass training, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return TrainingOutcome.Stale(training);
        }

        return new(training, []);
    }

    private DateOnly Today() => VietnameseDates.Today(clock);
}
