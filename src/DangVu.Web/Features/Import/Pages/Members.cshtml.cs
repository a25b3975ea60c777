using DangVu.Data.Import;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Import.Pages;

/// <summary>
/// Upload a member list, see what DangVu read (or every problem by row and column), then confirm. The confirmation
/// re-runs the import on the same saved file, all or nothing, within the caller's subtrees.
/// </summary>
[Authorize(Policy = Policies.Secretary)]
[RequestSizeLimit(UploadedFiles.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadedFiles.MaxBytes + 64 * 1024)]
public sealed class MembersModel(MemberImport import, UploadedFiles uploads) : PageModel
{
    public ImportReport? Report { get; private set; }

    public string? Token { get; private set; }

    public string? FileName { get; private set; }

    public string? Error { get; private set; }

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
            Error = $"Tệp lớn quá {UploadedFiles.MaxBytes / 1024 / 1024} MB: hãy chia nhỏ, hoặc nhờ quản trị viên dùng lệnh “dangvu import members”.";
            return Page();
        }

        FileName = Path.GetFileName(file.FileName);
        Token = await uploads.SaveAsync(User.UserId(), file, cancellationToken);
        Report = await RunAsync(Token, commit: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? token, string? fileName, CancellationToken cancellationToken)
    {
        FileName = fileName;
        Report = await RunAsync(token, commit: true, cancellationToken);
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

    private async Task<ImportReport?> RunAsync(string? token, bool commit, CancellationToken cancellationToken)
    {
        await using var file = uploads.Open(User.UserId(), token);
        return file is null
            ? null
            : await import.RunAsync(file, new ImportRequest(FileName ?? "tệp tải lên", User.ScopesFor(Policies.Secretary), commit), cancellationToken);
    }
}
