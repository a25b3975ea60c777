namespace DangVu.Core.FollowUp;

/// <summary>
/// Which evidence files a report may carry: at most <see cref="MaxBytes"/> each and <see cref="MaxFilesPerReport"/> per
/// report, of the kinds offices exchange (PDF, Word, Excel, pictures, plain text), told by extension and checked against
/// the file's first bytes, so a renamed program is refused.
/// </summary>
public static class EvidenceRules
{
    /// <summary>10 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Files one report may carry.</summary>
    public const int MaxFilesPerReport = 5;

    /// <summary>Longest file name kept.</summary>
    public const int MaxNameLength = 200;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".txt"] = "text/plain; charset=utf-8",
    };

    /// <summary>The extensions accepted, for the form's hint.</summary>
    public static IReadOnlyCollection<string> Extensions => ContentTypes.Keys;

    /// <summary>The content type a file is stored and served with, or the Vietnamese reason it is refused.</summary>
    public static (string? ContentType, string? Problem) Check(string fileName, long length, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        if (!ContentTypes.TryGetValue(extension, out var contentType))
        {
            return (null, $"Tệp “{fileName}” không được nhận: chỉ nhận PDF, Word (.docx), Excel (.xlsx), ảnh JPG/PNG hoặc văn bản .txt.");
        }

        if (length <= 0)
        {
            return (null, $"Tệp “{fileName}” rỗng.");
        }

        if (length > MaxBytes)
        {
            return (null, $"Tệp “{fileName}” lớn hơn {MaxBytes / 1024 / 1024} MB.");
        }

        return Looks(extension.ToLowerInvariant(), head) ? (contentType, null) : (null, $"Nội dung tệp “{fileName}” không đúng định dạng {extension}.");
    }

    private static bool Looks(string extension, ReadOnlySpan<byte> head) => extension switch
    {
        ".pdf" => head.StartsWith("%PDF"u8),
        ".docx" or ".xlsx" => head.StartsWith("PK\u0003\u0004"u8),
        ".jpg" or ".jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]),
        ".txt" => !head.Contains((byte)0),
        _ => false,
    };
}
