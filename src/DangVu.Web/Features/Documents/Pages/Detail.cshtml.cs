using DangVu.Data.Documents;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Documents.Pages;

/// <summary>A registered document: its parts as read, what it cites (placeholders marked) and what cites it.</summary>
[Authorize(Policy = Policies.DocumentReader)]
public sealed class DetailModel(DocumentQueries queries) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "da-dang-ky")] public bool JustRegistered { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(id, User.ReadableDocumentScopes(), cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>"12,3 KB" — the size of the original file.</summary>
    public static string Size(long bytes) => bytes < 1024
        ? $"{bytes} byte"
        : bytes < 1024 * 1024
            ? $"{(bytes / 1024.0).ToString("0.#", DangVu.Core.Text.VietnameseText.Culture)} KB"
            : $"{(bytes / 1024.0 / 1024.0).ToString("0.#", DangVu.Core.Text.VietnameseText.Culture)} MB";
}
