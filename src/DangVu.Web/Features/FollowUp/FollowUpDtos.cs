using System.ComponentModel.DataAnnotations;
using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;

namespace DangVu.Web.Features.FollowUp;

/// <summary>Tasks to make from a document: the numbers of its tasks ("5") or paragraphs ("đoạn 12") and who does them.</summary>
public sealed class CreateFromDocumentRequest
{
    [MinLength(1, ErrorMessage = "Hãy chọn ít nhất một nhiệm vụ hoặc đoạn văn bản.")]
    public List<string> Numbers { get; set; } = [];

    [Required(ErrorMessage = "Hãy chọn đơn vị chủ trì.")]
    public Guid? Lead { get; set; }

    public List<Guid> Cooperators { get; set; } = [];

    public Guid? TrackingOfficer { get; set; }

    /// <summary>The deadline where the words set none (or for all, with <see cref="OverrideTerm"/>).</summary>
    public DateOnly? DueOn { get; set; }

    public bool OverrideTerm { get; set; }

    public ReportCadence? Cadence { get; set; }

    /// <summary>Days before the deadline to remind: "7, 1" when left out.</summary>
    public string? ReminderDays { get; set; }

    /// <summary>The organization whose office tracks them, when the register does not know the issuer.</summary>
    public Guid? IssuingOrganization { get; set; }
}

/// <summary>A task from any text (a cell meeting's decision).</summary>
public sealed class CreateFromTextRequest
{
    [Required(ErrorMessage = "Hãy nhập nội dung nhiệm vụ.")]
    public string? Text { get; set; }

    public string? Title { get; set; }

    /// <summary>What the text comes from ("Nghị quyết chi bộ tháng 6/2008").</summary>
    public string? SourceLabel { get; set; }

    /// <summary>The source's key in its own feature (a meeting's id), for roll-ups by source.</summary>
    public string? SourceKey { get; set; }

    public DateOnly? SourceDate { get; set; }

    [Required(ErrorMessage = "Hãy chọn cơ quan theo dõi.")]
    public Guid? IssuingOrganization { get; set; }

    [Required(ErrorMessage = "Hãy nhập phần giao việc.")]
    public AssignmentRequest? Assignment { get; set; }
}

/// <summary>Who does a task and by when, with the version the caller read (when editing; a stale one gets 409).</summary>
public sealed class AssignmentRequest
{
    public int? Version { get; set; }

    public string? Title { get; set; }

    [Required(ErrorMessage = "Hãy chọn đơn vị chủ trì.")]
    public Guid? Lead { get; set; }

    public List<Guid> Cooperators { get; set; } = [];

    public Guid? TrackingOfficer { get; set; }

    public TermKind Term { get; set; } = TermKind.Deadline;

    [Required(ErrorMessage = "Hãy nhập ngày bắt đầu.")]
    public DateOnly? StartOn { get; set; }

    [Required(ErrorMessage = "Hãy nhập hạn hoàn thành.")]
    public DateOnly? DueOn { get; set; }

    public ReportCadence Cadence { get; set; } = ReportCadence.None;

    public string? ReminderDays { get; set; }
}

/// <summary>How to split a task: two or more parts.</summary>
public sealed class SplitRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản nhiệm vụ (version) đã đọc.")]
    public int? Version { get; set; }

    public List<SplitPartDto> Parts { get; set; } = [];
}

public sealed record SplitPartDto(string Title, Guid Lead, DateOnly? DueOn);

/// <summary>A progress report; files travel as base64 in the JSON body (the API takes JSON only).</summary>
public sealed class ReportRequest
{
    [Required(ErrorMessage = "Hãy chọn đơn vị báo cáo.")]
    public Guid? Organization { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày báo cáo.")]
    public DateOnly? ReportedOn { get; set; }

    [Required(ErrorMessage = "Hãy chọn tình trạng thực hiện.")]
    public ReportStatus? Status { get; set; }

    [Required(ErrorMessage = "Hãy nhập nội dung báo cáo.")]
    public string? Text { get; set; }

    public string? Figures { get; set; }

    public List<EvidenceUpload> Files { get; set; } = [];
}

public sealed record EvidenceUpload(string FileName, string ContentBase64);

/// <summary>A task as lists show it, with its state on the date asked.</summary>
public sealed record TaskSummaryDto(
    Guid Id, string Title, string Source, string? SourceKey, Guid LeadOrganization, string LeadOrganizationName, DateOnly DueOn, TermKind Term,
    ReportCadence Cadence, TaskState State, string StateLabel, int DaysLate, string? MissingReport)
{
    public static TaskSummaryDto From(TaskSnapshot task, TaskStanding standing) => new(
        task.Id, task.Title, task.SourceLabel, task.SourceKey, task.LeadOrganizationId, task.LeadOrganizationName, task.Facts.Term.DueOn,
        task.Facts.Term.Kind, task.Facts.Cadence, standing.State, FollowUpLabels.State(standing.State), standing.DaysLate, standing.MissingReport?.Label);
}

public sealed record EvidenceDto(Guid Id, string FileName, string ContentType, long Size, string Sha256);

public sealed record ReportDto(
    Guid Id, Guid Organization, string OrganizationName, DateOnly ReportedOn, ReportStatus Status, string Text, string? Figures, string ReportedBy,
    IReadOnlyList<EvidenceDto> Evidence);

/// <summary>A task with its source snapshot, assignment, state and reports.</summary>
public sealed record TaskDto(
    Guid Id, int Version, string Title, TaskSourceKind SourceKind, string? SourceKey, string? SourceNumberSymbol, string? SourceTitle,
    DateOnly? SourceDate, string? SourceParagraph, string SourceText, Guid IssuingOrganization, string IssuingOrganizationName,
    Guid LeadOrganization, string LeadOrganizationName, IReadOnlyList<Guid> Cooperators, Guid? TrackingOfficer, string? TrackingOfficerName,
    TermKind Term, DateOnly StartOn, DateOnly DueOn, ReportCadence Cadence, IReadOnlyList<int> ReminderDays, TaskState State, string StateLabel,
    int DaysLate, string? MissingReport, bool IsSplit, IReadOnlyList<Guid> SplitInto, IReadOnlyList<ReportDto> Reports)
{
    public static TaskDto From(TaskDetail detail, DateOnly asOf)
    {
        var task = detail.Task;
        var standing = TaskStates.Of(task.Facts, asOf);
        string Name(Guid id) => detail.OrganizationNames.GetValueOrDefault(id, string.Empty);
        return new TaskDto(
            task.Id, task.Version, task.Title, task.SourceKind, task.SourceKey, task.SourceNumberSymbol, task.SourceTitle, task.SourceDate,
            task.SourceParagraph, task.SourceText, task.IssuingOrganizationId, Name(task.IssuingOrganizationId), task.LeadOrganizationId,
            Name(task.LeadOrganizationId), [.. task.Cooperators.Select(c => c.OrganizationId)], task.TrackingOfficerId, detail.TrackingOfficerName,
            task.TermKind, task.StartOn, task.DueOn, task.Cadence, task.ReminderDayList, standing.State, FollowUpLabels.State(standing.State),
            standing.DaysLate, standing.MissingReport?.Label, task.IsSplit, [.. detail.SplitInto.Select(t => t.Id)],
            [.. detail.Reports.Select(r => new ReportDto(r.Id, r.OrganizationId, Name(r.OrganizationId), r.ReportedOn, r.Status, r.Text, r.Figures, r.ReportedBy,
                [.. r.Evidence.Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, e.Sha256))]))]);
    }
}

public sealed record StateCountDto(TaskState State, string Label, int Count);

public sealed record OrganizationRollupDto(Guid Organization, string Name, int Total, int Done, int Overdue, IReadOnlyList<StateCountDto> States);

public sealed record MonthlyOnTimeDto(DateOnly Month, int Due, int OnTime, double? Rate);

/// <summary>A roll-up (of a document, an organization, a period or the caller's reach) on one date.</summary>
public sealed record RollupDto(
    string Scope, DateOnly AsOf, int Total, IReadOnlyList<StateCountDto> States, double? OnTimeRate, int MissingReports,
    IReadOnlyList<OrganizationRollupDto> ByOrganization, IReadOnlyList<MonthlyOnTimeDto> OnTimeByMonth, IReadOnlyList<TaskSummaryDto> Overdue,
    IReadOnlyList<TaskSummaryDto> Tasks)
{
    public static RollupDto From(string scope, FollowUpRollup rollup) => new(
        scope, rollup.AsOf, rollup.Counts.Total, CountsOf(rollup.Counts), rollup.OnTimeRate, rollup.MissingReports,
        [.. rollup.ByOrganization.Select(o => new OrganizationRollupDto(o.OrganizationId, o.Name, o.Counts.Total, o.Counts.Done, o.Counts[TaskState.Overdue], CountsOf(o.Counts)))],
        [.. rollup.OnTimeByMonth.Select(m => new MonthlyOnTimeDto(m.Month, m.Due, m.OnTime, m.Rate))],
        [.. rollup.Overdue.Select(o => TaskSummaryDto.From(o.Task, o.Standing))],
        [.. rollup.Tasks.OrderBy(t => t.Task.Facts.Term.DueOn).ThenBy(t => t.Task.SourceLabel, StringComparer.Ordinal).Select(t => TaskSummaryDto.From(t.Task, t.Standing))]);

    private static List<StateCountDto> CountsOf(StateCounts counts) =>
        [.. Enum.GetValues<TaskState>().Select(s => new StateCountDto(s, FollowUpLabels.State(s), counts[s]))];
}

public sealed record NotificationDto(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, bool Read);
