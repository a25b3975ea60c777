using System.Text;
using DangVu.Core.DocumentWriting;
using DangVu.Core.Text;

namespace DangVu.Data.DocumentWriting;

/// <summary>A written document as DOCX and PDF files in the party format, and the names to download them by.</summary>
public static class WrittenDocumentFiles
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string PdfContentType = "application/pdf";

    public static byte[] Docx(WrittenDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var composed = document.ToComposed();
        return DocxDocumentWriter.Write(PartyLayout.Build(composed), Title(composed));
    }

    public static byte[] Pdf(WrittenDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var composed = document.ToComposed();
        return PdfDocumentWriter.Write(PartyLayout.Build(composed), Title(composed), composed.Issuer, document.IssuedAt ?? document.UpdatedAt);
    }

    /// <summary>"509-TB-TU.pdf" for an issued document, "du-thao-TB-TU-0193a1b2.pdf" for a draft: ASCII, no slash.</summary>
    public static string FileName(WrittenDocument document, string extension)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stem = document.NumberSymbol is { } symbol
            ? symbol
            : $"du-thao-{document.TypeCode}-{document.IssuerCode}-{document.Id.ToString("N")[^8..]}";
        var folded = new StringBuilder();
        foreach (var character in VietnameseText.SearchKey(stem.Replace('/', '-')).Replace(' ', '-'))
        {
            folded.Append(char.IsAsciiLetterOrDigit(character) || character == '-' ? character : '-');
        }

        return $"{folded}.{extension}";
    }

    private static string Title(ComposedDocument document) =>
        document.Serial is null ? $"{document.Kind.Name} {document.Title} (dự thảo)" : $"{document.Kind.Name} {document.NumberSymbol} {document.Title}";
}
