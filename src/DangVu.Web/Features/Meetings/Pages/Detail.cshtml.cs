using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>One meeting: its facts and flags; for the secretary, documents, attendance, closing and the minutes.</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class DetailModel(
    MeetingQueries meetings, MeetingScheduling scheduling, MeetingDocuments documents, MeetingAttendanceRecording attendance,
    MeetingClosing closing, OrganizationQueries organizations, IAuthorizationService authorization, RuleBook book, TimeProvider clock) : PageModel
{
    /// <summary>Empty decision rows the closing form offers.</summary>
    public const int DecisionRows = 5;

    private static readonly Dictionary<int, string> Messages = new()
    {
        [1] = "Đã lưu buổi sinh hoạt.",
        [2] = "Đã đăng tài liệu.",
        [3] = "Đã lưu điểm danh.",
        [4] = "Đã kết thúc buổi sinh hoạt; biên bản đã sẵn sàng.",
        [5] = "Đã huỷ buổi sinh hoạt.",
        [6] = "Đã gỡ tài liệu.",
    };

    public CellMeeting Meeting { get; private set; } = null!;

    public string OrganizationName { get; private set; } = string.Empty;

    public IReadOnlyList<MeetingInvitation> Invitations { get; private set; } = [];

    public RuleSet? Rules { get; private set; }

    public IReadOnlyList<MeetingFlag> Flags { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool CanRun { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    /// <summary>Which form the refusals are about, so the page shows them beside it.</summary>
    public string? RefusedForm { get; private set; }

    [BindProperty] public int Version { get; set; }

    [BindProperty] public MeetingForm Form { get; set; } = new();

    [BindProperty] public string? DocumentTitle { get; set; }

    [BindProperty] public string? DocumentBody { get; set; }

    [BindProperty] public List<AttendanceMarkRequest> Marks { get; set; } = [];

    [BindProperty] public int? DurationMinutes { get; set; }

    [BindProperty] public long? DuesCollected { get; set; }

    [BindProperty] public int? QualityLevel { get; set; }

    [BindProperty] public string? Chair { get; set; }

    [BindProperty] public string? Recorder { get; set; }

    [BindProperty] public string? Proceedings { get; set; }

    [BindProperty] public List<DecisionItemRequest> Decisions { get; set; } = [];

    [BindProperty] public string? CancelReason { get; set; }

    public bool IsPlanned => Meeting.Status == MeetingStatus.Planned;

    /// <summary>Attendance is taken, and the meeting closed, from its day on.</summary>
    public bool CanTakeAttendance => CanRun && IsPlanned && Meeting.Date <= Today;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "da-luu")] int? saved)
    {
        if (!await LoadAsync(id, takeForms: true))
        {
            return NotFound();
        }

        Message = saved is { } code ? Messages.GetValueOrDefault(code) : null;
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(Guid id) => ChangeAsync(id, "edit", 1, () =>
    {
        var refusals = new List<string>();
        return Form.Read(refusals) is { } changes ? scheduling.UpdateAsync(id, Version, changes) : Task.FromResult(new MeetingOutcome(null, refusals, []));
    });

    public Task<IActionResult> OnPostCancelAsync(Guid id) => ChangeAsync(id, "cancel", 5, () => scheduling.CancelAsync(id, Version, CancelReason));

    public Task<IActionResult> OnPostDocumentAsync(Guid id) => ChangeAsync(id, "document", 2, () => documents.PostAsync(id, Version, DocumentTitle, DocumentBody));

    public Task<IActionResult> OnPostRemoveDocumentAsync(Guid id, Guid documentId) => ChangeAsync(id, "document", 6, () => documents.RemoveAsync(id, Version, documentId));

    public Task<IActionResult> OnPostAttendanceAsync(Guid id) => ChangeAsync(id, "attendance", 3, () => attendance.RecordAsync(
        id, Version, [.. Marks.Where(m => m.Member is not null).Select(m => new AttendanceEntry(m.Member!.Value, m.Mark, m.Reason, m.DuesPaid))]));

    public Task<IActionResult> OnPostCloseAsync(Guid id) => ChangeAsync(id, "close", 4, () => DurationMinutes is { } minutes
        ? closing.CloseAsync(id, Version, new CloseMeeting(minutes, DuesCollected, QualityLevel, Chair, Recorder, Proceedings,
            [.. Decisions.Select(d => new DecisionRequest(d.Text, d.TrackAsTask))]))
        : Task.FromResult(MeetingOutcome.Refused("Hãy nhập thời lượng (phút).")));

    /// <summary>The mark a row of the attendance form starts at: as recorded, else as the member answered.</summary>
    public static AttendanceMark Suggested(MeetingInvitation invitation) => invitation.Mark != AttendanceMark.NotTaken ? invitation.Mark
        : invitation.Reply switch
        {
            MemberReply.WillBeAbsent => AttendanceMark.ExcusedAbsence,
            MemberReply.WillAttend => AttendanceMark.Present,
            _ => invitation.Expectation == AttendanceExpectation.Expected ? AttendanceMark.Present : AttendanceMark.NotTaken,
        };

    private async Task<IActionResult> ChangeAsync(Guid id, string form, int done, Func<Task<MeetingOutcome>> change)
    {
        if (!await LoadAsync(id, takeForms: false))
        {
            return NotFound();
        }

        if (!CanRun)
        {
            return Forbid();
        }

        var outcome = await change();
        if (outcome.Meeting is not null)
        {
            return Redirect($"/sinh-hoat/{id}?da-luu={done}");
        }

        if (outcome.NotFound)
        {
            return NotFound();
        }

        (Refusals, RefusedForm) = (outcome.Refusals, form);
        // The forms take the stored version: after a conflict, sending again is a deliberate choice; what was typed stays.
        await LoadAsync(id, takeForms: false);
        Version = Meeting.Version;
        ModelState.Clear();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool takeForms)
    {
        var meeting = await meetings.FindAsync(id);
        if (meeting is null || !User.CanRead(meeting))
        {
            return false;
        }

        Meeting = meeting;
        Today = VietnameseDates.Today(clock);
        OrganizationName = (await organizations.FindAsync(meeting.OrganizationId))?.Name ?? string.Empty;
        Invitations = await meetings.CurrentInvitationsAsync(meeting);
        Rules = book.TryOn(meeting.Date, out var rules) ? rules : null;
        Flags = MeetingView.Flags(meeting, Rules, Today);
        CanRun = await authorization.CanRunAsync(User, meeting.OrganizationPath);
        if (takeForms)
        {
            Version = meeting.Version;
            Form = new MeetingForm
            {
                Organization = meeting.OrganizationId,
                Date = VietnameseDates.Numeric(meeting.Date),
                StartTime = MeetingTime.Clock(meeting.StartTime),
                Kind = meeting.Kind,
                Topic = meeting.Topic,
                Agenda = meeting.Agenda,
                Location = meeting.Location,
            };
        }

        while (Decisions.Count < DecisionRows)
        {
            Decisions.Add(new DecisionItemRequest());
        }

        return true;
    }
}
