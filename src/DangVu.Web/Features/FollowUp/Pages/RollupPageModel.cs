using System.Globalization;
using DangVu.Core.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>What the roll-up pages share: the "as of" date typed as dd/mm/yyyy (today when blank or wrong).</summary>
public abstract class RollupPageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public string? AsOfText { get; set; }

    public DateOnly? AsOf { get; private set; }

    public string? Message { get; protected set; }

    /// <summary>"?ngay=…" to carry the date into links, or empty.</summary>
    public string AsOfQuery => AsOf is { } day ? $"?ngay={VietnameseDates.Numeric(day)}" : string.Empty;

    public string AsOfIso => AsOf is { } day ? $"asOf={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty;

    protected void ReadAsOf()
    {
        AsOf = FollowUpView.Date(AsOfText);
        if (!string.IsNullOrWhiteSpace(AsOfText) && AsOf is null)
        {
            Message = "Ngày không hợp lệ; đã tính đến hôm nay.";
        }

        AsOfText = AsOf is { } day ? VietnameseDates.Numeric(day) : null;
        ViewData["AsOfQuery"] = AsOfQuery;
    }
}
