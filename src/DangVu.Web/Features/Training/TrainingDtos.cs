using DangVu.Core.Training;
using DangVu.Data.Training;

namespace DangVu.Web.Features.Training;

public sealed record TrainingClassSummaryDto(
    Guid Id, TrainingKind Kind, string KindTitle, string Name, string? Topic, Guid OrganizerId, string OrganizerName,
    DateOnly StartsOn, DateOnly EndsOn, int Enrolled, int Passed, int Version)
{
    public static TrainingClassSummaryDto From(TrainingClassSummary summary)
    {
        var c = summary.Class;
        return new(c.Id, c.Kind, TrainingKinds.Title(c.Kind), c.Name, c.Topic, c.OrganizerId, summary.OrganizerName, c.StartsOn, c.EndsOn,
            summary.Enrolled, summary.Passed, c.Version);
    }
}

public sealed record SessionDto(Guid Id, DateOnly On, string Title);

public sealed record AttendanceDto(Guid Session, bool Present, string? Reason);

public sealed record EnrolmentDto(
    Guid Id, Guid? MemberId, Guid? CandidateId, string FullName, Guid OrganizationId, TrainingResult Result, string ResultTitle,
    string? CertificateNumber, DateOnly? CertificateIssuedOn, DateOnly? CertificateValidThrough, IReadOnlyList<AttendanceDto> Attendance)
{
    public static EnrolmentDto From(TrainingEnrolment e) => new(
        e.Id, e.MemberId, e.AdmissionCaseId, e.FullName, e.OrganizationId, e.Result, TrainingResults.Title(e.Result), e.CertificateNumber,
        e.CertificateIssuedOn, e.CertificateValidThrough, [.. e.Attendance.Select(a => new AttendanceDto(a.SessionId, a.Present, a.Reason))]);
}

public sealed record TrainingClassDto(
    Guid Id, TrainingKind Kind, string KindTitle, string Name, string? Topic, Guid OrganizerId, DateOnly StartsOn, DateOnly EndsOn,
    string? Place, int Version, IReadOnlyList<SessionDto> Sessions, IReadOnlyList<EnrolmentDto> Enrolments)
{
    public static TrainingClassDto From(TrainingClass c) => new(
        c.Id, c.Kind, TrainingKinds.Title(c.Kind), c.Name, c.Topic, c.OrganizerId, c.StartsOn, c.EndsOn, c.Place, c.Version,
        [.. c.Sessions.OrderBy(s => s.On).Select(s => new SessionDto(s.Id, s.On, s.Title))], [.. c.Enrolments.Select(EnrolmentDto.From)]);
}

public sealed record CompletionCountDto(int Required, int Completed, int Missing, int Exempt, double? Rate)
{
    public static CompletionCountDto From(CompletionCount count) =>
        new(count.Required, count.Completed, count.Missing, count.Exempt, count.Rate is { } rate ? Math.Round(rate, 4) : null);
}

public sealed record CompletionRowDto(Guid OrganizationId, string Name, CompletionCountDto Count);

public sealed record StudyMemberDto(Guid MemberId, string FullName, Guid CellId, string CellName);

/// <summary>Who had to study a resolution in a subtree, who has not, and who was exempt.</summary>
public sealed record ResolutionCompletionDto(
    Guid? OrganizationId, string Scope, string TopicKey, string Topic, int Classes, DateOnly? FirstDay, DateOnly? LastDay, string? RuleSetId,
    CompletionCountDto Total, IReadOnlyList<CompletionRowDto> Units, IReadOnlyList<StudyMemberDto> Missing, IReadOnlyList<StudyMemberDto> Exempt)
{
    public static ResolutionCompletionDto From(ResolutionCompletion report, Guid? organizationId, string scope) => new(
        organizationId, scope, report.Topic.Key, report.Topic.Name, report.Classes, report.FirstDay, report.LastDay, report.RuleSetId,
        CompletionCountDto.From(report.Total), [.. report.Units.Select(u => new CompletionRowDto(u.OrganizationId, u.Name, CompletionCountDto.From(u.Count)))],
        [.. report.Missing.Select(Member)], [.. report.Exempt.Select(Member)]);

    private static StudyMemberDto Member(StudyMember m) => new(m.MemberId, m.FullName, m.CellId, m.CellName);
}

public sealed record ProbationaryWithoutClassDto(Guid MemberId, string FullName, Guid CellId, string CellName, DateOnly AdmittedOn, DateOnly ProbationEnds)
{
    public static ProbationaryWithoutClassDto From(ProbationaryWithoutClass p) => new(p.MemberId, p.FullName, p.CellId, p.CellName, p.AdmittedOn, p.ProbationEnds);
}

public sealed record StudyTopicDto(string Key, string Name);

/// <summary>A class of the signed-in member: its sessions, their own attendance and result, and the certificate if any.</summary>
public sealed record MyClassDto(
    Guid ClassId, TrainingKind Kind, string KindTitle, string Name, string OrganizerName, DateOnly StartsOn, DateOnly EndsOn,
    IReadOnlyList<SessionDto> Sessions, EnrolmentDto Enrolment);

/// <summary>The signed-in member's classes (to attend, attended) and certificates; <see cref="HasMemberFile"/> false when the account has none linked.</summary>
public sealed record MyTrainingDto(bool HasMemberFile, IReadOnlyList<MyClassDto> Classes);
