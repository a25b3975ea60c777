using DangVu.Core.Admission;
using DangVu.Core.Training;
using DangVu.Data.Admission;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Training;

/// <summary>A certificate a class issued, as an admission step uses it.</summary>
public sealed record ClassCertificate(Guid EnrolmentId, TrainingKind Kind, string ClassName, string Number, DateOnly IssuedOn, DateOnly? ValidThrough);

/// <summary>
/// What the admission workflow reads from the classes: the certificate a step is recorded from, the latest awareness
/// certificate of a candidate, and when a probationary member completed the new-member class.
/// </summary>
public sealed class ClassCertificates(DangVuDbContext context)
{
    /// <summary>
    /// The certificate <paramref name="enrolmentId"/> for <paramref name="step"/> of <paramref name="admission"/>, or why
    /// it cannot be used: another person's, of another kind of class, or not issued.
    /// </summary>
    public async Task<(ClassCertificate? Certificate, string? Refusal)> ForStepAsync(
        AdmissionCase admission, AdmissionStep step, Guid enrolmentId, CancellationToken cancellationToken = default)
    {
        var found = await Certificates().SingleOrDefaultAsync(c => c.Enrolment.Id == enrolmentId, cancellationToken);
        if (found is null)
        {
            return (null, "Không tìm thấy giấy chứng nhận trong sổ lớp học.");
        }

        var owner = found.Enrolment.AdmissionCaseId == admission.Id || (admission.MemberId is { } member && found.Enrolment.MemberId == member);
        if (!owner)
        {
            return (null, $"Giấy chứng nhận này cấp cho {found.Enrolment.FullName}, không phải người của hồ sơ.");
        }

        if (TrainingKinds.AdmissionStep(found.Kind) != step)
        {
            return (null, $"Giấy chứng nhận của lớp “{found.ClassName}” ({TrainingKinds.Title(found.Kind).ToLowerInvariant()}) không dùng cho bước “{AdmissionSteps.Title(step)}”.");
        }

        return found.Enrolment.CertificateIssuedOn is { } issued
            ? (new ClassCertificate(found.Enrolment.Id, found.Kind, found.ClassName, found.Enrolment.CertificateNumber!, issued, found.Enrolment.CertificateValidThrough), null)
            : (null, $"Lớp “{found.ClassName}” chưa cấp giấy chứng nhận cho {found.Enrolment.FullName}.");
    }

    /// <summary>The certificates of the awareness classes a candidate attended, and of the new-member classes of a member, newest first.</summary>
    public async Task<IReadOnlyList<ClassCertificate>> OfAsync(Guid? caseId, Guid? memberId, CancellationToken cancellationToken = default)
    {
        var found = await Certificates()
            .Where(c => c.Enrolment.CertificateIssuedOn != null
                && ((caseId != null && c.Enrolment.AdmissionCaseId == caseId) || (memberId != null && c.Enrolment.MemberId == memberId)))
            .ToListAsync(cancellationToken);
        return [.. found.Select(c => new ClassCertificate(c.Enrolment.Id, c.Kind, c.ClassName, c.Enrolment.CertificateNumber!, c.Enrolment.CertificateIssuedOn!.Value, c.Enrolment.CertificateValidThrough))
            .OrderByDescending(c => c.IssuedOn)];
    }

    /// <summary>The issue date of the latest awareness certificate a class gave the candidate on or before <paramref name="on"/>.</summary>
    public async Task<DateOnly?> LatestAwarenessAsync(Guid caseId, DateOnly on, CancellationToken cancellationToken = default) =>
        await Certificates()
            .Where(c => c.Kind == TrainingKind.Awareness && c.Enrolment.AdmissionCaseId == caseId && c.Enrolment.CertificateIssuedOn != null && c.Enrolment.CertificateIssuedOn <= on)
            .MaxAsync(c => c.Enrolment.CertificateIssuedOn, cancellationToken);

    /// <summary>When the member first completed a new-member class by its records: the certificate's date, or the class's last day for a pass without one.</summary>
    public async Task<DateOnly?> NewMemberClassCompletedAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var passes = await context.TrainingEnrolments.AsNoTracking()
            .Where(e => e.MemberId == memberId && e.Result == TrainingResult.Passed)
            .Join(context.TrainingClasses.Where(c => c.Kind == TrainingKind.NewMemberTheory), e => e.ClassId, c => c.Id, (e, c) => new { e.CertificateIssuedOn, c.EndsOn })
            .ToListAsync(cancellationToken);
        return passes.Count == 0 ? null : passes.Min(p => p.CertificateIssuedOn ?? p.EndsOn);
    }

    private IQueryable<EnrolmentOfClass> Certificates() =>
        context.TrainingEnrolments.AsNoTracking()
            .Join(context.TrainingClasses, e => e.ClassId, c => c.Id, (e, c) => new EnrolmentOfClass { Enrolment = e, Kind = c.Kind, ClassName = c.Name });

    private sealed class EnrolmentOfClass
    {
        public required TrainingEnrolment Enrolment { get; init; }

        public required TrainingKind Kind { get; init; }

        public required string ClassName { get; init; }
    }
}
