using DangVu.Data.DocumentWriting;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.DocumentWriting.Pages;

[Authorize(Policy = Policies.Secretary)]
public sealed class IndexModel(WrittenDocumentQueries documents) : PageModel
{
    public IReadOnlyList<WrittenDocumentEntry> Documents { get; private set; } = [];

    public async Task OnGetAsync() => Documents = await documents.ListAsync(User.WritableScopes(), cancellationToken: HttpContext.RequestAborted);
}
