using DangVu.Data.FollowUp;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>/theo-doi: the dashboard of everything the caller sees, or of the tasks due in a period.</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class IndexModel(FollowUpRollups rollups, FollowUpQueries queries, IAuthorizationService authorization) : RollupPageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    public RollupDto Rollup { get; private set; } = null!;

    public IReadOnlyList<FollowedDocument> Documents { get; private set; } = [];

    public bool IsOffice { get; private set; }

    public bool HasDemo { get; private set; }

    public async Task OnGetAsync()
    {
        ReadAsOf();
        var (from, to) = (FollowUpView.Date(From), FollowUpView.Date(To));
        if ((!string.IsNullOrWhiteSpace(From) && from is null) || (!string.IsNullOrWhiteSpace(To) && to is null) || from > to)
        {
            Message = "Kỳ không hợp lệ; đã tính mọi nhiệm vụ.";
            (from, to) = (null, null);
        }

        From = from is { } f ? Core.Text.VietnameseDates.Numeric(f) : null;
        To = to is { } t ? Core.Text.VietnameseDates.Numeric(t) : null;
        Rollup = await rollups.ReachAsync(User, from, to, AsOf);
        Documents = await queries.DocumentsAsync(User.Reach());
        IsOffice = (await authorization.AuthorizeAsync(User, Policies.Office)).Succeeded;
        HasDemo = await queries.HasSyntheticAsync();
    }

    public string Workbook =>
        "/api/follow-up/rollup.xlsx?" + string.Join("&", new[]
        {
            AsOfIso,
            FollowUpView.Date(From) is { } f ? $"from={f:yyyy-MM-dd}" : string.Empty,
            FollowUpView.Date(To) is { } t ? $"to={t:yyyy-MM-dd}" : string.Empty,
        }.Where(p => p.Length > 0));
}
