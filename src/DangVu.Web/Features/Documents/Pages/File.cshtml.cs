using DangVu.Data.Audit;
using DangVu.Data.Documents;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Documents.Pages;

/// <summary>The original file of a document, for its register's readers; each download is audited.</summary>
[Authorize(Policy = Policies.DocumentReader)]
public sealed class FileModel(DocumentQueries queries, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await DocumentDownload.FindAsync(id, User, queries, audit, cancellationToken) is { } file
            ? File(file.Bytes, file.ContentType, file.FileName)
            : NotFound();
}
