using DangVu.Core.Admission;
using DangVu.Core.Text;
using DangVu.Data.Members;

namespace DangVu.Data.Admission;

/// <summary>
/// One candidate's admission case (quần chúng ưu tú → đảng viên chính thức): who, in which cell, the step reached, and
/// the key dates copied from the steps so lists, alerts and statistics read one row.
/// </summary>
public sealed class AdmissionCase
{
    private string _fullName = string.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string FullName
    {
        get => _fullName;
        set => _fullName = VietnameseText.Normalize(value);
    }

    public DateOnly BirthDate { get; set; }

    public Gender Gender { get; set; }

    public CandidateSource Source { get; set; }

    public Sector Sector { get; set; } = Sector.Other;

    /// <summary>Nghề nghiệp, chuyên môn ("Bác sĩ").</summary>
    public string? Profession { get; set; }

    /// <summary>Dân tộc, tôn giáo, quê quán: carried to the member's file at admission (the registry's default when blank).</summary>
    public string? Ethnicity { get; set; }

    public string? Religion { get; set; }

    public string? Hometown { get; set; }

    /// <summary>The cell that prepares the candidate.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>The cell's materialized path, so "cases under X" is one index range.</summary>
    public string OrganizationPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    /// <summary>When the cell took the candidate on (the case opens).</summary>
    public DateOnly RegisteredOn { get; set; }

    /// <summary>The last step completed.</summary>
    public AdmissionStep Step { get; set; }

    public AdmissionStatus Status { get; set; }

    public DateOnly? CertificateIssuedOn { get; set; }

    public DateOnly? DecisionOn { get; set; }

    public DateOnly? CeremonyOn { get; set; }

    /// <summary>End of probation: ceremony + the probation months of the rules on the ceremony's day; the official date.</summary>
    public DateOnly? ProbationEndsOn { get; set; }

    public DateOnly? RecognizedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosedReason { get; set; }

    /// <summary>The member's file, from the admission decision on.</summary>
    public Guid? MemberId { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Bumped by every change; a step recorded against an older version is refused.</summary>
    public int Version { get; set; }

    public List<AdmissionStepRecord> Steps { get; } = [];
}

/// <summary>One recorded step (or failed vote) of a case: when, who recorded it, the documents on file, the counts.</summary>
public sealed class AdmissionStepRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public AdmissionStep Step { get; set; }

    public DateOnly On { get; set; }

    /// <summary>For a vote: whether it reached the threshold. A failed vote does not complete its step.</summary>
    public bool? Passed { get; set; }

    public int? Members { get; set; }

    public int? Away { get; set; }

    public int? InFavour { get; set; }

    /// <summary>The documents ticked as on file, one a line.</summary>
    public string Documents { get; set; } = string.Empty;

    /// <summary>Số quyết định, for decisions.</summary>
    public string? DocumentNumber { get; set; }

    public string? Note { get; set; }

    /// <summary>What the rules flagged but did not refuse (a late ceremony), one a line.</summary>
    public string? Warnings { get; set; }

    /// <summary>The rule set that judged the step.</summary>
    public string RuleSetId { get; set; } = string.Empty;

    /// <summary>The class certificate the step was recorded from (awareness or new-member class); null when typed in.</summary>
    public Guid? TrainingEnrolmentId { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }

    public List<AdmissionIntroducer> Introducers { get; } = [];
}

/// <summary>An introducer named at the introducers' step.</summary>
public sealed class AdmissionIntroducer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid StepRecordId { get; set; }

    public Guid MemberId { get; set; }

    public string FullName { get; set; } = string.Empty;

    public DateOnly KnownSince { get; set; }
}
