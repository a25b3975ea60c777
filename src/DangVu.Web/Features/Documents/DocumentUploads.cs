using DangVu.Core.Documents;
using DangVu.Data.Documents;
using DangVu.Web.Features.Import;

namespace DangVu.Web.Features.Documents;

/// <summary>What was read from an uploaded file, kept under <see cref="Token"/> until it is registered.</summary>
/// <param name="Token">The upload's key in <see cref="UploadedFiles"/> (only its uploader can use it).</param>
/// <param name="FileName">The file's name as uploaded.</param>
/// <param name="Read">The parser's reading, warnings included.</param>
/// <param name="Doubtful">The parts to check (<see cref="DocumentDoubts"/>).</param>
public sealed record DocumentPreview(string Token, string FileName, ParsedDocument Read, IReadOnlySet<string> Doubtful);

/// <summary>
/// Uploads between the preview and the save: the file is checked (type, size, text layer) and read, then held by
/// <see cref="UploadedFiles"/>; the save reads the same file again, so what is registered is what was previewed.
/// </summary>
public sealed class DocumentUploads(UploadedFiles files)
{
    /// <summary>Reads an upload; a file the register does not take is a Vietnamese message instead.</summary>
    public async Task<(DocumentPreview? Preview, string? Error)> PreviewAsync(Guid userId, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var (text, error) = DocumentRegister.Read(new DocumentUpload(fileName, bytes));
        if (error is not null)
        {
            return (null, error.Message);
        }

        var token = await files.SaveAsync(userId, bytes, cancellationToken);
        var read = DocumentParser.Parse(text);
        return (new DocumentPreview(token, Path.GetFileName(fileName), read, DocumentDoubts.Of(read)), null);
    }

    /// <summary>An uploaded file's bytes, or a Vietnamese message when it is unreadable or over the limit.</summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "Hãy chọn một tệp văn bản .txt, .docx hoặc .pdf có nội dung.");
        }

        if (file.Length > DocumentLimits.FileBytes)
        {
            return (null, $"Tệp lớn hơn {DocumentLimits.FileBytes / 1024 / 1024} MB: không nhận vào sổ văn bản. Hãy kiểm tra lại tệp.");
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), null);
    }

    /// <summary>The held file and what it reads as; null when the token is not the user's or has expired.</summary>
    public async Task<(DocumentUpload File, ParsedDocument Read)?> ReopenAsync(Guid userId, string? token, string? fileName, CancellationToken cancellationToken)
    {
        var bytes = await files.ReadAsync(userId, token, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        var upload = new DocumentUpload(string.IsNullOrWhiteSpace(fileName) ? "van-ban" : fileName, bytes);
        var (text, _) = DocumentRegister.Read(upload);
        return (upload, DocumentParser.Parse(text));
    }

    public void Remove(Guid userId, string token) => files.Remove(userId, token);

    public const string Expired = "Không còn tệp đã tải lên (quá hạn một ngày hoặc đã đăng ký): hãy tải tệp lên lại.";
}
