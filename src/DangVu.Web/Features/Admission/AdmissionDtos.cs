using System.ComponentModel.DataAnnotations;
using DangVu.Core.Admission;
using DangVu.Data.Admission;
using DangVu.Data.Members;

namespace DangVu.Web.Features.Admission;

/// <summary>A candidate to open a case for.</summary>
public sealed class CreateCandidateRequest
{
    [Required(ErrorMessage = "Họ và tên không được để trống.")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày sinh.")]
    public DateOnly? BirthDate { get; set; }

    [Required(ErrorMessage = "Hãy chọn giới tính.")]
    public Gender? Gender { get; set; }

    [Required(ErrorMessage = "Hãy chọn nguồn quần chúng.")]
    public CandidateSource? Source { get; set; }

    public Sector Sector { get; set; } = Sector.Other;

    public string? Profession { get; set; }

    public string? Ethnicity { get; set; }

    public string? Religion { get; set; }

    public string? Hometown { get; set; }

    [Required(ErrorMessage = "Hãy chọn chi bộ.")]
    public Guid? Organization { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày đưa vào danh sách quần chúng ưu tú.")]
    public DateOnly? RegisteredOn { get; set; }
}

/// <summary>An introducer: a member's id and since when they have worked with the candidate.</summary>
public sealed record IntroducerDto(Guid Member, DateOnly KnownSince);

/// <summary>The next step of a case, with the version the caller read (a stale one gets 409).</summary>
public sealed class RecordStepRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản hồ sơ (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy chọn bước.")]
    public AdmissionStep? Step { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày.")]
    public DateOnly? On { get; set; }

    /// <summary>The documents on file, as the rule set of the date names them.</summary>
    public List<string> Documents { get; set; } = [];

    public VoteCount? Vote { get; set; }

    public List<IntroducerDto> Introducers { get; set; } = [];

    public string? DocumentNumber { get; set; }

    public string? Note { get; set; }

    public bool OlderApproved { get; set; }

    /// <summary>For the awareness and new-member class steps: the class certificate (its enrolment id) the step is recorded from; the step then takes its date and number.</summary>
    public Guid? Certificate { get; set; }

    public StepRequest ToStep() => new(
        Step!.Value, On!.Value, Documents, Vote, [.. Introducers.Select(i => new IntroducerRequest(i.Member, i.KnownSince))], DocumentNumber, Note, OlderApproved,
        Certificate);
}

/// <summary>Stops a case, with the reason.</summary>
public sealed class CloseCaseRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản hồ sơ (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày.")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "Hãy ghi lý do dừng xét.")]
    public string? Reason { get; set; }
}

public sealed record AlertDto(AdmissionAlertKind Kind, DateOnly Due, int DaysLeft, int? Threshold, string Message)
{
    public static AlertDto From(AdmissionAlert alert) => new(alert.Kind, alert.Due, alert.DaysLeft, alert.Threshold, alert.Message);
}

public sealed record AdmissionCaseSummaryDto(
    Guid Id, string FullName, DateOnly BirthDate, Guid OrganizationId, string OrganizationName, AdmissionStep Step, string StepTitle,
    AdmissionStatus Status, string StatusTitle, DateOnly RegisteredOn, DateOnly? DecisionOn, DateOnly? ProbationEndsOn,
    IReadOnlyList<AlertDto> Alerts, int Version)
{
    public static AdmissionCaseSummaryDto From(AdmissionCaseSummary summary)
    {
        var c = summary.Case;
        return new(c.Id, c.FullName, c.BirthDate, c.OrganizationId, summary.OrganizationName, c.Step, AdmissionSteps.Title(c.Step),
            c.Status, AdmissionSteps.Title(c.Status), c.RegisteredOn, c.DecisionOn, c.ProbationEndsOn, [.. summary.Alerts.Select(AlertDto.From)], c.Version);
    }
}

public sealed record StepRecordDto(
    AdmissionStep Step, string Title, DateOnly On, bool? Passed, int? Members, int? Away, int? InFavour, IReadOnlyList<string> Documents,
    IReadOnlyList<IntroducerDto> Introducers, string? DocumentNumber, string? Note, IReadOnlyList<string> Warnings, string RuleSetId,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    public static StepRecordDto From(AdmissionStepRecord s) => new(
        s.Step, AdmissionSteps.Title(s.Step), s.On, s.Passed, s.Members, s.Away, s.InFavour, Lines(s.Documents),
        [.. s.Introducers.Select(i => new IntroducerDto(i.MemberId, i.KnownSince))], s.DocumentNumber, s.Note, Lines(s.Warnings),
        s.RuleSetId, s.RecordedBy, s.RecordedAt);

    private static List<string> Lines(string? text) => string.IsNullOrEmpty(text) ? [] : [.. text.Split('\n')];
}

public sealed record AdmissionCaseDto(
    Guid Id, string FullName, DateOnly BirthDate, Gender Gender, CandidateSource Source, Sector Sector, string? Profession,
    string? Ethnicity, string? Religion, string? Hometown, Guid OrganizationId, DateOnly RegisteredOn, AdmissionStep Step, AdmissionStatus Status, AdmissionStep? NextStep,
    DateOnly? CertificateIssuedOn, DateOnly? DecisionOn, DateOnly? CeremonyOn, DateOnly? ProbationEndsOn, DateOnly? RecognizedOn,
    DateOnly? ClosedOn, string? ClosedReason, Guid? MemberId, int Version, IReadOnlyList<StepRecordDto> Steps)
{
    public static AdmissionCaseDto From(AdmissionCase c) => new(
        c.Id, c.FullName, c.BirthDate, c.Gender, c.Source, c.Sector, c.Profession, c.Ethnicity, c.Religion, c.Hometown, c.OrganizationId, c.RegisteredOn, c.Step, c.Status,
        c.Status is AdmissionStatus.Closed ? null : AdmissionSteps.Next(c.Step), c.CertificateIssuedOn, c.DecisionOn, c.CeremonyOn,
        c.ProbationEndsOn, c.RecognizedOn, c.ClosedOn, c.ClosedReason, c.MemberId, c.Version,
        [.. c.Steps.OrderBy(s => s.On).ThenBy(s => s.RecordedAt).Select(StepRecordDto.From)]);
}

public sealed record CountDto(string Key, string Label, int Count);

public sealed record GrassrootsDto(Guid Id, string Name, int Admissions);

/// <summary>The admission figures of a subtree over a period.</summary>
public sealed record AdmissionStatisticsDto(
    Guid? OrganizationId, string Scope, DateOnly From, DateOnly To, int Admissions, int InPipeline, IReadOnlyList<CountDto> PipelineByStep,
    int GrassrootsOrganizations, int GrassrootsThatAdmitted, double? GrassrootsShare, int HealthAdmissions, int DoctorAdmissions,
    int YouthUnionAdmissions, IReadOnlyList<CountDto> AdmissionsBySector, double? AverageDaysToAdmission, int? MedianDaysToAdmission,
    int Recognitions, IReadOnlyList<GrassrootsDto> Grassroots)
{
    public static AdmissionStatisticsDto Of(AdmissionReport report, Guid? organizationId, string scope) => new(
        organizationId, scope, report.From, report.To, report.Admissions, report.InPipeline,
        [.. report.PipelineByStep.Select(s => new CountDto(s.Step.ToString(), AdmissionSteps.Title(s.Step), s.Count))],
        report.GrassrootsOrganizations, report.GrassrootsThatAdmitted,
        report.GrassrootsOrganizations == 0 ? null : Math.Round((double)report.GrassrootsThatAdmitted / report.GrassrootsOrganizations, 4),
        report.HealthAdmissions, report.DoctorAdmissions, report.YouthUnionAdmissions,
        [.. report.AdmissionsBySector.Select(s => new CountDto(s.Sector.ToString(), MemberLabels.Sector(s.Sector), s.Count))],
        report.AverageDaysToAdmission is { } average ? Math.Round(average, 1) : null, report.MedianDaysToAdmission, report.Recognitions,
        [.. report.Grassroots.Select(g => new GrassrootsDto(g.Id, g.Name, g.Admissions))]);
}
