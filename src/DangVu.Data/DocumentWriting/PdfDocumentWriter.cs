using DangVu.Core.DocumentWriting;
using PdfSharp.Pdf;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// Writes a <see cref="DocumentLayout"/> as a PDF with PDFsharp: A4, the party margins, Liberation Serif (metrically
/// Times New Roman, shipped inside DangVu) embedded, and real text — a reader can search and copy it.
/// </summary>
public static class PdfDocumentWriter
{
    /// <param name="layout">The laid-out document.</param>
    /// <param name="title">The PDF's title (its number-symbol and title).</param>
    /// <param name="author">The issuing body.</param>
    /// <param name="created">When it was made: the issue (or last edit of a draft), not the download.</param>
    public static byte[] Write(DocumentLayout layout, string title, string author, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(layout);
        EmbeddedFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = author;
        document.Info.Creator = "DangVu";
        document.Info.CreationDate = created.UtcDateTime;
        document.Info.ModificationDate = created.UtcDateTime;
        using (var flow = new PdfPageFlow(document, layout.Page))
        {
            foreach (var row in layout.Header)
            {
                flow.Columns(row, keepTogether: false);
            }

            foreach (var paragraph in layout.Heading.Concat(layout.Body))
            {
                flow.Paragraph(paragraph);
            }

            flow.Columns(layout.Footer, keepTogether: true);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
