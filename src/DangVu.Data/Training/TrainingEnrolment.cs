using DangVu.Core.Training;

namespace DangVu.Data.Training;

/// <summary>
/// A person enrolled in a class — a member, or for the awareness class a candidate (an open admission case) — with
/// their result and certificate. Name and placement are copied at enrolment, so the class list reads as it was.
/// </summary>
public sealed class TrainingEnrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClassId { get; set; }

    public Guid? MemberId { get; set; }

    public Guid? AdmissionCaseId { get; set; }

    public string FullName { get; set; } = string.Empty;

    /// <summary>The cell the person belonged to when enrolled.</summary>
    public Guid OrganizationId { get; set; }

    public string OrganizationPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    public TrainingResult Result { get; set; }

    public string? CertificateNumber { get; set; }

    public DateOnly? CertificateIssuedOn { get; set; }

    /// <summary>The last valid day by the rules of the issue day; null when the certificate has no term.</summary>
    public DateOnly? CertificateValidThrough { get; set; }

    /// <summary>The rule set that gave the term.</summary>
    public string? CertificateRuleSetId { get; set; }

    public List<TrainingAttendance> Attendance { get; } = [];

    /// <summary>True once a certificate is issued.</summary>
    public bool HasCertificate => CertificateIssuedOn is not null;
}

/// <summary>Whether one enrolled person attended one session.</summary>
public sealed class TrainingAttendance
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; set; }

    public Guid SessionId { get; set; }

    public bool Present { get; set; }

    /// <summary>Lý do vắng.</summary>
    public string? Reason { get; set; }
}
