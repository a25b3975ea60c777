using DangVu.Core.Training;

namespace DangVu.Data.Training;

/// <summary>What opens a class: the plan and the organization that opens it.</summary>
public sealed record NewTrainingClass(ClassPlan Plan, Guid OrganizerId, string? Place = null, bool IsSynthetic = false);

/// <summary>A person's result in a class and, for a pass, the certificate (number and issue date; both empty for none).</summary>
public sealed record ResultEntry(Guid EnrolmentId, TrainingResult Result, string? CertificateNumber = null, DateOnly? CertificateIssuedOn = null);
