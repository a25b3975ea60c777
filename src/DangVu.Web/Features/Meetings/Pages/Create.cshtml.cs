using DangVu.Core.Meetings;
using DangVu.Core.Text;
using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>Schedules one meeting (or records one already held).</summary>
[Authorize(Policy = Policies.Secretary)]
public sealed class CreateModel(MeetingScheduling scheduling, OrganizationQueries organizations, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<OrganizationNode> Cells { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    [BindProperty] public MeetingForm Form { get; set; } = new();

    public async Task OnGetAsync([FromQuery(Name = "to-chuc")] Guid? cell)
    {
        Cells = await authorization.RunnableAsync(User, organizations);
        Form.Organization = cell;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Cells = await authorization.RunnableAsync(User, organizations);
        if (Form.Organization is not { } cellId || Cells.All(c => c.Id != cellId))
        {
            Refusals = ["Hãy chọn một chi bộ đồng chí được giao."];
            return Page();
        }

        var refusals = new List<string>();
        if (Form.Read(refusals) is not { } changes)
        {
            Refusals = refusals;
            return Page();
        }

        var outcome = await scheduling.CreateAsync(new NewMeeting(cellId, changes.Date, changes.StartTime, changes.Kind, changes.Topic, changes.Agenda, changes.Location));
        if (outcome.Meeting is { } meeting)
        {
            return Redirect($"/sinh-hoat/{meeting.Id}?da-luu=1");
        }

        Refusals = outcome.Refusals;
        return Page();
    }
}

/// <summary>The fields of a meeting as typed: date as dd/mm/yyyy, time as HH:mm.</summary>
public sealed class MeetingForm
{
    public Guid? Organization { get; set; }

    public string? Date { get; set; }

    public string? StartTime { get; set; } = "08:00";

    public MeetingKind Kind { get; set; } = MeetingKind.Regular;

    public string? Topic { get; set; }

    public string? Agenda { get; set; }

    public string? Location { get; set; }

    /// <summary>The changes, or null with the reasons added to <paramref name="refusals"/>.</summary>
    public MeetingChanges? Read(List<string> refusals)
    {
        var date = VietnameseDates.TryParse(Date, out var d) ? d : (DateOnly?)null;
        if (date is null)
        {
            refusals.Add(string.IsNullOrWhiteSpace(Date) ? "Hãy nhập ngày sinh hoạt." : $"Không đọc được ngày “{Date}”, hãy viết ngày/tháng/năm.");
        }

        var time = TimeOnly.TryParseExact(StartTime?.Trim(), ["H:mm", "HH:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
        if (time is null)
        {
            refusals.Add($"Không đọc được giờ bắt đầu “{StartTime}”, hãy viết giờ:phút, ví dụ 08:00.");
        }

        return date is { } day && time is { } start ? new MeetingChanges(day, start, Kind, Topic, Agenda, Location) : null;
    }
}
