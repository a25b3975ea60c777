using System.Text;

namespace DangVu.Data.Documents;

/// <summary>
/// Turns an uploaded or named document file into the text <see cref="Core.Documents.DocumentParser"/> reads: DOCX by
/// its content, PDF by its text layer (<see cref="PdfText"/>), text files by their byte-order mark (UTF-8, UTF-16,
/// UTF-32) or else as UTF-8, falling back to the Vietnamese Windows code page (1258) for files saved by old Windows tools.
/// </summary>
public static class DocumentFile
{
    /// <summary>Larger files are not documents but something else by mistake.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file at <paramref name="path"/>; file-system errors are left to the caller.</summary>
    public static string ReadText(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return ReadText(stream, Path.GetFileName(path));
    }

    /// <summary>The text of a file's content; <paramref name="fileName"/> only helps tell a PDF or an old .doc apart.</summary>
    public static string ReadText(Stream stream, string fileName) => ReadText(ReadBytes(stream), fileName);

    /// <summary>The text of a file's bytes; <paramref name="fileName"/> only helps tell a PDF or an old .doc apart.</summary>
    /// <exception cref="DocumentFileException">The file is not a document DangVu reads; the message says why.</exception>
    public static string ReadText(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return KindOf(bytes, fileName) switch
        {
            DocumentFileKind.Docx => DocxText.Read(new MemoryStream(bytes, writable: false)),
            DocumentFileKind.Pdf => PdfText.Read(bytes, fileName),
            DocumentFileKind.LegacyWord => throw new DocumentFileException(
                $"Tệp {fileName} là Word 97–2003 (.doc): chưa đọc được. Hãy mở bằng Word hoặc LibreOffice, lưu thành .docx rồi thử lại."),
            DocumentFileKind.OtherZip => throw new DocumentFileException(
                $"Tệp {fileName} là tệp nén nhưng không phải văn bản Word (.docx)."),
            _ => Decode(bytes),
        };
    }

    /// <summary>The whole content of <paramref name="stream"/>, refused past <see cref="MaxBytes"/>.</summary>
    /// <exception cref="DocumentFileException">The file is larger than <see cref="MaxBytes"/>.</exception>
    public static byte[] ReadBytes(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > MaxBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DocumentFileException TooLarge() =>
        new($"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB: không phải một văn bản. Hãy kiểm tra lại tệp.");

    /// <summary>What a file is, by its first bytes (and its name where the bytes leave it open).</summary>
    public static DocumentFileKind KindOf(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return extension is ".docx" or ".docm" or ".dotx" or "" || DocxText.LooksLikeWord(bytes) ? DocumentFileKind.Docx : DocumentFileKind.OtherZip;
        }

        if (bytes.AsSpan().StartsWith("%PDF"u8) || extension == ".pdf")
        {
            return DocumentFileKind.Pdf;
        }

        return bytes.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }) ? DocumentFileKind.LegacyWord : DocumentFileKind.Text;
    }

    /// <summary>Text by its byte-order mark; without one, UTF-16 when every other byte is zero, else UTF-8, else code page 1258.</summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return Encoding.UTF32.GetString(bytes, 4, bytes.Length - 4);
        }

        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (LooksLikeUtf16(span, out var bigEndian))
        {
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1258().GetString(bytes);
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenZeros = 0, oddZeros = 0;
        for (var index = 0; index < sample.Length; index++)
        {
            if (sample[index] == 0)
            {
                if (index % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        var pairs = sample.Length / 2;
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) * 10 >= pairs * 3 && Math.Min(evenZeros, oddZeros) * 10 < pairs;
    }

    private static Encoding Windows1258()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    }
}
