using DangVu.Data.FollowUp;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>/theo-doi/van-ban: the documents the caller's office issued, to turn into tasks.</summary>
[Authorize(Policy = Policies.Office)]
public sealed class SourcesModel(IDirectiveSources sources) : PageModel
{
    public IReadOnlyList<DirectiveSourceSummary> Sources { get; private set; } = [];

    public async Task OnGetAsync() => Sources = await sources.ListAsync(User.Reach().OfficeScopes);
}
