using System.ComponentModel.DataAnnotations;
using DangVu.Core.Training;
using DangVu.Data.Training;

namespace DangVu.Web.Features.Training;

/// <summary>A session of a class: its day and what it covers.</summary>
public sealed record SessionRequest(DateOnly On, string Title);

/// <summary>A class to open.</summary>
public sealed class CreateClassRequest
{
    [Required(ErrorMessage = "Hãy chọn loại lớp.")]
    public TrainingKind? Kind { get; set; }

    [Required(ErrorMessage = "Tên lớp không được để trống.")]
    public string? Name { get; set; }

    /// <summary>The resolution studied (required for a study of a resolution).</summary>
    public string? Topic { get; set; }

    [Required(ErrorMessage = "Hãy chọn tổ chức mở lớp.")]
    public Guid? Organizer { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày khai giảng.")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày kết thúc.")]
    public DateOnly? EndsOn { get; set; }

    public string? Place { get; set; }

    public List<SessionRequest> Sessions { get; set; } = [];

    public NewTrainingClass ToNew() => new(
        new ClassPlan(Kind!.Value, Name!, Topic, StartsOn!.Value, EndsOn!.Value, [.. Sessions.Select(s => new SessionPlan(s.On, s.Title))]), Organizer!.Value, Place);
}

/// <summary>A session to add, with the version of the class the caller read.</summary>
public sealed class AddSessionRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản lớp (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày học.")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "Hãy ghi nội dung buổi học.")]
    public string? Title { get; set; }
}

/// <summary>Members (or, for the awareness class, admission cases of candidates) to enrol.</summary>
public sealed class EnrolRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản lớp (version) đã đọc.")]
    public int? Version { get; set; }

    public List<Guid> Members { get; set; } = [];

    public List<Guid> Candidates { get; set; } = [];
}

/// <summary>The attendance of one session: the enrolments present; everyone else enrolled was absent (with a reason, if given).</summary>
public sealed class AttendanceRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản lớp (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy chọn buổi học.")]
    public Guid? Session { get; set; }

    public List<Guid> Present { get; set; } = [];

    /// <summary>Reasons for absence, by enrolment.</summary>
    public Dictionary<Guid, string> Reasons { get; set; } = [];
}

/// <summary>A person's result and, for a pass, the certificate.</summary>
public sealed record ResultRequest(Guid Enrolment, TrainingResult Result, string? CertificateNumber = null, DateOnly? CertificateIssuedOn = null);

/// <summary>Results and certificates to record, with the version of the class the caller read.</summary>
public sealed class ResultsRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản lớp (version) đã đọc.")]
    public int? Version { get; set; }

    public List<ResultRequest> Entries { get; set; } = [];

    public IReadOnlyList<ResultEntry> ToEntries() =>
        [.. Entries.Select(e => new ResultEntry(e.Enrolment, e.Result, e.CertificateNumber, e.CertificateIssuedOn))];
}
