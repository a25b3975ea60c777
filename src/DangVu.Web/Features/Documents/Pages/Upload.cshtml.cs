using DangVu.Core.Documents;
using DangVu.Data.Documents;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Documents.Pages;

/// <summary>
/// Upload a document (.txt, .docx, .pdf with a text layer), see what DangVu read with the doubtful parts marked and the
/// parser's warnings listed, correct any part, choose the organization whose register holds it, and save.
/// </summary>
[Authorize(Policy = Policies.Office)]
[RequestSizeLimit(DocumentLimits.FileBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentLimits.FileBytes + (1024 * 1024))]
public sealed class UploadModel(
    DocumentUploads uploads, DocumentRegister register, OrganizationQueries organizations, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public DocumentForm Form { get; set; } = new();

    [BindProperty] public Guid? Organization { get; set; }

    [BindProperty] public string? Token { get; set; }

    [BindProperty] public string? FileName { get; set; }

    /// <summary>What the file read as; null before an upload.</summary>
    public ParsedDocument? Read { get; private set; }

    public IReadOnlySet<string> Doubtful { get; private set; } = new HashSet<string>();

    public IReadOnlyList<OrganizationNode> Registers { get; private set; } = [];

    public string? Error { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Registers = await authorization.RegistersOfAsync(User, organizations);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Registers = await authorization.RegistersOfAsync(User, organizations);
        var (bytes, error) = await DocumentUploads.ReadAsync(file, cancellationToken);
        var (preview, refusal) = bytes is null ? (null, error) : await uploads.PreviewAsync(User.UserId(), file!.FileName, bytes, cancellationToken);
        if (preview is null)
        {
            Error = refusal;
            return Page();
        }

        (Token, FileName, Read, Doubtful) = (preview.Token, preview.FileName, preview.Read, preview.Doubtful);
        Form = DocumentForm.From(preview.Read);
        Organization = Registers.Count == 1 ? Registers[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        Registers = await authorization.RegistersOfAsync(User, organizations);
        if (Organization is { } chosen && Registers.All(register => register.Id != chosen))
        {
            return Forbid();
        }

        if (await uploads.ReopenAsync(User.UserId(), Token, FileName, cancellationToken) is not { } held)
        {
            Error = DocumentUploads.Expired;
            return Page();
        }

        Read = held.Read;
        Doubtful = DocumentDoubts.Of(held.Read);
        var (parts, dateError) = Form.Apply(held.Read);
        if (dateError is not null)
        {
            Errors[nameof(ParsedDocument.Date)] = dateError;
        }

        if (Organization is null)
        {
            Errors[nameof(Organization)] = "Hãy chọn tổ chức giữ văn bản trong sổ.";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var outcome = await register.RegisterAsync(new DocumentEntry(Organization!.Value, parts), held.File, cancellationToken);
        if (outcome.Document is null)
        {
            foreach (var problem in outcome.Errors)
            {
                Errors.TryAdd(problem.Field == nameof(DocumentEntry.OrganizationId) ? nameof(Organization) : problem.Field, problem.Message);
            }

            return Page();
        }

        uploads.Remove(User.UserId(), Token!);
        return Redirect($"/van-ban/{outcome.Document.Id}?da-dang-ky=true");
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    public bool IsDoubtful(string field) => Doubtful.Contains(field);
}
