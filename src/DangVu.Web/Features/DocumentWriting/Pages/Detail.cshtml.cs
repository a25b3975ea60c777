using DangVu.Data.DocumentWriting;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.DocumentWriting.Pages;

[Authorize(Policy = Policies.Secretary)]
public sealed class DetailModel(DocumentComposing composing, DocumentIssuing issuing, IssuedDocumentFiling filing) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    [BindProperty] public int Version { get; set; }

    [FromQuery(Name = "luu")] public bool Saved { get; set; }

    [FromQuery(Name = "phat-hanh")] public bool Issued { get; set; }

    public WrittenDocumentEntry? Entry { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Entry = await composing.FindAsync(User, Id, HttpContext.RequestAborted);
        return Entry is null ? NotFound() : Page();
    }

    /// <summary>Issues the draft read at <see cref="Version"/>: it gets its serial and is fixed.</summary>
    public async Task<IActionResult> OnPostIssueAsync()
    {
        if (await composing.FindAsync(User, Id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        var outcome = await issuing.IssueAsync(Id, Version, HttpContext.RequestAborted);
        if (outcome.Refusal is null)
        {
            return Redirect(DocumentWritingPaths.Page(Id) + "?phat-hanh=true");
        }

        Problem = outcome.Message;
        Entry = await composing.FindAsync(User, Id, HttpContext.RequestAborted);
        return Entry is null ? NotFound() : Page();
    }

    /// <summary>Files an issued document the register refused at issue, once what stopped it is put right.</summary>
    public async Task<IActionResult> OnPostFileAsync()
    {
        if (await composing.FindAsync(User, Id, HttpContext.RequestAborted) is not { Document.IsIssued: true })
        {
            return NotFound();
        }

        var (_, problems) = await filing.FileAsync(Id, HttpContext.RequestAborted);
        Problem = problems.Count == 0 ? null : "Chưa vào sổ văn bản được: " + string.Join(" ", problems);
        Entry = await composing.FindAsync(User, Id, HttpContext.RequestAborted);
        return Entry is null ? NotFound() : Page();
    }
}
