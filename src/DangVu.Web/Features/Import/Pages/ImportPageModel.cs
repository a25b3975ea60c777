using DangVu.Data.Import;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Import.Pages;

/// <summary>
/// Upload a list, see what DangVu read (or every problem by row and column), then confirm. The confirmation re-runs
/// the import on the same saved file, all or nothing, within the caller's subtrees for <see cref="Policy"/>.
/// </summary>
[RequestSizeLimit(UploadedFiles.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = UploadedFiles.MaxBytes + (64 * 1024))]
public abstract class ImportPageModel(UploadedFiles uploads) : PageModel
{
    public ImportReport? Report { get; private set; }

    public string? Token { get; private set; }

    public string? FileName { get; private set; }

    public string? Error { get; private set; }

    /// <summary>What a row is, for the page's sentences: "đảng viên", "tổ chức".</summary>
    public abstract string What { get; }

    /// <summary>The headers of the preview table: name, date and group columns.</summary>
    public abstract (string Name, string Date, string Group) PreviewHeaders { get; }

    /// <summary>Where the good rows go, for the preview's sentence: "vào 3 chi bộ".</summary>
    public abstract string Destination(int groups);

    /// <summary>The policy whose subtrees the import may write into.</summary>
    protected abstract string Policy { get; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error = "Hãy chọn một tệp .xlsx hoặc .csv có dữ liệu.";
            return Page();
        }

        if (file.Length > UploadedFiles.MaxBytes)
        {
            Error = $"Tệp lớn quá {UploadedFiles.MaxBytes / 1024 / 1024} MB: hãy chia nhỏ, hoặc nhờ quản trị viên dùng lệnh “dangvu import”.";
            return Page();
        }

        FileName = Path.GetFileName(file.FileName);
        Token = await uploads.SaveAsync(User.UserId(), file, cancellationToken);
        Report = await RunSavedAsync(Token, commit: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? token, string? fileName, CancellationToken cancellationToken)
    {
        FileName = fileName;
        Report = await RunSavedAsync(token, commit: true, cancellationToken);
        if (Report is null)
        {
            Error = "Không còn tệp đã tải lên (quá hạn hoặc đã nhập): hãy tải tệp lên lại.";
        }
        else if (Report.Saved)
        {
            uploads.Remove(User.UserId(), token!);
        }
        else
        {
            Token = token;
        }

        return Page();
    }

    protected abstract Task<ImportReport> RunAsync(Stream file, ImportRequest request, CancellationToken cancellationToken);

    private async Task<ImportReport?> RunSavedAsync(string? token, bool commit, CancellationToken cancellationToken)
    {
        await using var file = uploads.Open(User.UserId(), token);
        return file is null
            ? null
            : await RunAsync(file, new ImportRequest(FileName ?? "tệp tải lên", User.ScopesFor(Policy), commit), cancellationToken);
    }
}
