using DangVu.Core.FollowUp;
using DangVu.Core.Text;

namespace DangVu.Data.FollowUp;

/// <summary>
/// A tracked task (nhiệm vụ): a snapshot of where its words come from (document key, number-symbol, paragraph and text,
/// copied so the task does not depend on how the register stores documents), who leads it and who co-operates, who tracks
/// it, its term, report cadence and reminder days, and — kept up to date by each report — when it was done and last
/// reported on, so lists and dashboards read one row.
/// </summary>
public sealed class FollowUpTask
{
    private string _title = string.Empty;
    private string _sourceText = string.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Title
    {
        get => _title;
        set => _title = VietnameseText.Normalize(value);
    }

    public TaskSourceKind SourceKind { get; set; }

    /// <summary>The source document's key in the register (null for a task from other text).</summary>
    public string? SourceKey { get; set; }

    /// <summary>Số, ký hiệu of the source ("509-TB/TU"), or what the text came from ("Nghị quyết chi bộ tháng 6/2008").</summary>
    public string? SourceNumberSymbol { get; set; }

    public string? SourceTitle { get; set; }

    public DateOnly? SourceDate { get; set; }

    /// <summary>Which paragraph: the task's number ("5") or the paragraph's ("đoạn 12").</summary>
    public string? SourceParagraph { get; set; }

    /// <summary>The paragraph's words when the task was made.</summary>
    public string SourceText
    {
        get => _sourceText;
        set => _sourceText = VietnameseText.Normalize(value);
    }

    /// <summary>The task this one was split from.</summary>
    public Guid? SplitFromId { get; set; }

    /// <summary>Split into other tasks: no longer reported on, reminded or counted itself.</summary>
    public bool IsSplit { get; set; }

    /// <summary>The organization whose office issued and tracks it (the document's issuer).</summary>
    public Guid IssuingOrganizationId { get; set; }

    public Guid LeadOrganizationId { get; set; }

    /// <summary>The account of the tracking officer (cán bộ theo dõi).</summary>
    public Guid? TrackingOfficerId { get; set; }

    public TermKind TermKind { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly DueOn { get; set; }

    public ReportCadence Cadence { get; set; }

    /// <summary>Days before the deadline to remind, "7,1" (see <see cref="ReminderDays"/>).</summary>
    public string ReminderDays { get; set; } = Core.FollowUp.ReminderDays.Format(Core.FollowUp.ReminderDays.Default);

    /// <summary>The first report saying done.</summary>
    public DateOnly? CompletedOn { get; set; }

    public DateOnly? LastReportOn { get; set; }

    public ReportStatus? LastReportStatus { get; set; }

    public int ReportCount { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Bumped by every edit of the assignment; an edit against an older version is refused.</summary>
    public int Version { get; set; }

    public List<TaskCooperator> Cooperators { get; } = [];

    public TaskTerm Term => new(TermKind, StartOn, DueOn);

    public IReadOnlyList<int> ReminderDayList => Core.FollowUp.ReminderDays.Parse(ReminderDays).Days;

    /// <summary>Its facts as they stand now (from the columns each report keeps up to date).</summary>
    public TaskFacts Facts => new(Term, Cadence, CompletedOn, LastReportOn);

    /// <summary>"509-TB/TU, mục 5".</summary>
    public string SourceLabel =>
        string.Join(", ", new[] { SourceNumberSymbol, SourceParagraph is null ? null : $"mục {SourceParagraph}" }.Where(part => !string.IsNullOrEmpty(part)));
}
