using DangVu.Core.Audit;
using DangVu.Data.Audit;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Audit.Pages;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AuditQueries queries, AuditLog audit) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public (AuditBreak? Break, long Checked)? Verification { get; private set; }

    public async Task OnGetAsync() => Entries = await queries.LatestAsync(before: null, take: 100);

    public async Task OnPostAsync()
    {
        Verification = await audit.VerifyAsync();
        Entries = await queries.LatestAsync(before: null, take: 100);
    }
}
