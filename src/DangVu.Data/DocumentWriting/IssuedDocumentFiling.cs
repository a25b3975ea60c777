using DangVu.Core.Documents;
using DangVu.Data.Documents;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// Files an issued document in its organization's register, as an office files what it sends: the DOCX as issued,
/// read back by the parser like any upload (so the register, its citations and the follow-up see it as they see the
/// others). A document the register already holds (same number-symbol and date in that register, e.g. typed in before
/// it was issued here) is linked rather than registered twice.
/// </summary>
public sealed class IssuedDocumentFiling(DangVuDbContext context, DocumentRegister register)
{
    /// <summary>The register's id of the document, or null with the register's reasons when it refused it.</summary>
    public async Task<(Guid? RegisteredId, IReadOnlyList<string> Problems)> FileAsync(Guid writtenId, CancellationToken cancellationToken = default)
    {
        var document = await context.Set<WrittenDocument>().AsNoTracking().SingleAsync(d => d.Id == writtenId, cancellationToken);
        if (document.RegisteredDocumentId is { } filed)
        {
            return (filed, []);
        }

        var bytes = WrittenDocumentFiles.Docx(document);
        var name = WrittenDocumentFiles.FileName(document, "docx");
        var parts = DocumentParser.Parse(DocumentFile.ReadText(bytes, name));
        var outcome = await register.RegisterAsync(new DocumentEntry(document.OrganizationId, parts), new DocumentUpload(name, bytes), cancellationToken);
        var registeredId = outcome.Document?.Id ?? await AlreadyHeldAsync(document, cancellationToken);
        if (registeredId is null)
        {
            return (null, [.. outcome.Errors.Select(e => e.Message)]);
        }

        context.ChangeTracker.Clear();
        var written = await context.Set<WrittenDocument>().SingleAsync(d => d.Id == writtenId, cancellationToken);
        written.RegisteredDocumentId = registeredId;
        await context.SaveChangesAsync(cancellationToken);
        return (registeredId, []);
    }

    private async Task<Guid?> AlreadyHeldAsync(WrittenDocument document, CancellationToken cancellationToken)
    {
        var key = NumberSymbolKey.Of(document.NumberSymbol);
        return await context.Documents.AsNoTracking()
            .Where(d => d.OrganizationId == document.OrganizationId && d.SymbolKey == key && d.Date == document.Date)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
