using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Rules.Pages;

/// <summary>/quy-dinh: every rule set with the source of each value, and the holiday calendar, for any signed-in user.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(RuleBook book, WorkingDayCalendar calendar, TimeProvider clock) : PageModel
{
    /// <summary>The date whose rule set is opened; today by default.</summary>
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public DateOnly? On { get; set; }

    public IReadOnlyList<RuleSet> Sets => book.Sets;

    public IReadOnlyList<HolidayYear> Years => calendar.KnownYears;

    public DateOnly Today { get; private set; }

    /// <summary>The set in force on <see cref="On"/>.</summary>
    public RuleSet Selected { get; private set; } = null!;

    /// <summary>The set in force today.</summary>
    public RuleSet Current { get; private set; } = null!;

    public string? Message { get; private set; }

    public void OnGet()
    {
        Today = VietnameseDates.Today(clock);
        Current = book.On(Today);
        if (!ModelState.IsValid)
        {
            Message = $"Ngày cần xem không hợp lệ; đang hiển thị quy định áp dụng hôm nay ({VietnameseDates.Numeric(Today)}).";
            On = null;
        }
        else if (On is { } asked && book.Uncovered(asked) is { } uncovered)
        {
            Message = uncovered;
            On = null;
        }

        On ??= Today;
        Selected = book.On(On.Value);
    }

    /// <summary>"01/07/2025" or "—".</summary>
    public static string Date(DateOnly? date) => date is { } day ? VietnameseDates.Numeric(day) : "—";
}
