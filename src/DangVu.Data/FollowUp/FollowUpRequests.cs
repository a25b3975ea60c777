using DangVu.Core.FollowUp;

namespace DangVu.Data.FollowUp;

/// <summary>Who does a task and by when: lead, co-operating organizations, tracking officer, term, cadence, reminder days.</summary>
public sealed record TaskAssignment(
    Guid LeadOrganizationId, IReadOnlyCollection<Guid> CooperatorIds, Guid? TrackingOfficerId, TaskTerm Term, ReportCadence Cadence,
    IReadOnlyList<int> ReminderDays);

/// <summary>
/// Tasks to make from a document: the numbers of its tasks or paragraphs, one lead (and co-operating organizations,
/// officer) for all of them, and the term and cadence to use where the words set none (<paramref name="DueOn"/>) or to
/// set for all (<paramref name="OverrideTerm"/>).
/// </summary>
public sealed record TasksFromDocument(
    string SourceKey, IReadOnlyList<string> Numbers, Guid LeadOrganizationId, IReadOnlyCollection<Guid> CooperatorIds, Guid? TrackingOfficerId,
    DateOnly? DueOn, bool OverrideTerm, ReportCadence? Cadence, IReadOnlyList<int> ReminderDays, Guid? IssuingOrganizationId = null,
    bool IsSynthetic = false);

/// <summary>
/// A task from any text — a decision of a cell meeting to be tracked, a line typed by the office: its words, what they
/// come from ("Nghị quyết chi bộ tháng 6/2008") and the organization that issues and tracks it.
/// </summary>
public sealed record TaskFromText(
    string Text, string? Title, string? SourceLabel, string? SourceKey, DateOnly? SourceDate, Guid IssuingOrganizationId, TaskAssignment Assignment,
    bool IsSynthetic = false);

/// <summary>One of the tasks a task splits into: its title and lead; the term is the original's unless given.</summary>
public sealed record SplitPart(string Title, Guid LeadOrganizationId, DateOnly? DueOn = null);

/// <summary>An evidence file as uploaded.</summary>
public sealed record UploadedEvidence(string FileName, byte[] Content);

/// <summary>A progress report to record.</summary>
public sealed record NewReport(
    Guid TaskId, Guid OrganizationId, DateOnly ReportedOn, ReportStatus Status, string Text, string? Figures, IReadOnlyList<UploadedEvidence> Files);

/// <summary>Why a request was refused, for one field (empty for the whole request).</summary>
public sealed record FollowUpError(string Field, string Message)
{
    public override string ToString() => Message;
}

/// <summary>The tasks written, or the refusals; <see cref="Conflict"/> when the task changed since the caller read it.</summary>
public sealed record TaskOutcome(IReadOnlyList<FollowUpTask> Tasks, IReadOnlyList<FollowUpError> Errors, bool Conflict = false)
{
    public FollowUpTask? Task => Tasks.Count > 0 ? Tasks[0] : null;

    public static TaskOutcome Refused(string field, string message) => new([], [new FollowUpError(field, message)]);

    public static TaskOutcome Stale { get; } = new([], [new FollowUpError(string.Empty, "Nhiệm vụ vừa được người khác sửa; hãy tải lại trang rồi làm lại.")], Conflict: true);
}
