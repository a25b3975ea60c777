using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>/theo-doi/tep/{id}: an evidence file, for those who see its task (audited); others get the not-found page.</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class EvidenceModel(EvidenceDownload download) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await download.OpenAsync(User, id) is { } file ? File(file.Content, file.File.ContentType, file.File.FileName) : NotFound();
}
