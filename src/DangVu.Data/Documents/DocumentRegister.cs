using System.Security.Cryptography;
using DangVu.Data.Audit;
using DangVu.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Documents;

/// <summary>
/// Registers documents and corrects them. Registering reads the file's text again (so the register never keeps a text
/// that is not the file's), refuses a second copy of the same number-symbol, issuer and date, links the document's
/// citations and fills the placeholders that were waiting for it — all in one SaveChanges, so one transaction, audited
/// row by row.
/// </summary>
public sealed class DocumentRegister(DangVuDbContext context, TimeProvider clock, IAuditActor actor)
{
    /// <summary>The files the register keeps: plain text, Word (.docx) and PDF with a text layer.</summary>
    public static readonly IReadOnlyDictionary<DocumentFileKind, string> ContentTypes = new Dictionary<DocumentFileKind, string>
    {
        [DocumentFileKind.Text] = "text/plain",
        [DocumentFileKind.Docx] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [DocumentFileKind.Pdf] = "application/pdf",
    };

    public async Task<DocumentOutcome> RegisterAsync(DocumentEntry entry, DocumentUpload file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(file);
        var (text, fileError) = Read(file);
        var errors = DocumentFields.Check(entry.Parts);
        if (fileError is not null)
        {
            errors.Add(fileError);
        }

        if (!await context.Organizations.AnyAsync(o => o.Id == entry.OrganizationId, cancellationToken))
        {
            errors.Add(new(nameof(entry.OrganizationId), "Không tìm thấy tổ chức giữ văn bản."));
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var kind = DocumentFile.KindOf(file.Bytes, file.FileName);
        var document = new RegisteredDocument
        {
            OrganizationId = entry.OrganizationId,
            FileName = FileNameOf(file.FileName),
            ContentType = ContentTypes[kind],
            FileSize = file.Bytes.LongLength,
            FileSha256 = Convert.ToHexStringLower(SHA256.HashData(file.Bytes)),
            RegisteredBy = actor.Name,
            RegisteredAt = clock.GetUtcNow(),
            IsSynthetic = entry.IsSynthetic,
        };
        DocumentFields.Apply(document, entry.Parts, text!);
        if (await DuplicateAsync(document, cancellationToken) is { } duplicate)
        {
            return new(null, [duplicate]);
        }

        await CitationLinks.SetAsync(context, document, entry.Parts.References, cancellationToken);
        await CitationLinks.FillPlaceholdersAsync(context, document, cancellationToken);
        context.Documents.Add(document);
        context.DocumentContents.Add(new DocumentContent { DocumentId = document.Id, Bytes = file.Bytes });
        return await SaveAsync(document, cancellationToken);
    }

    /// <summary>
    /// Corrects a registered document's parts (not its file or organization). Refused with <c>Conflict</c> when it
    /// changed since the caller read <paramref name="expectedVersion"/>. Links follow a corrected symbol or date.
    /// </summary>
    public async Task<DocumentOutcome> UpdateAsync(Guid id, int expectedVersion, Core.Documents.ParsedDocument parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var document = await context.Documents.Include(d => d.Sections).Include(d => d.Tasks).Include(d => d.Citations)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return new(null, [new(string.Empty, "Không tìm thấy văn bản.")]);
        }

        if (document.Version != expectedVersion)
        {
            return new(null, [Stale(document)], Conflict: true);
        }

        var errors = DocumentFields.Check(parts);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        DocumentFields.Apply(document, parts, document.FullText);
        if (await DuplicateAsync(document, cancellationToken) is { } duplicate)
        {
            return new(null, [duplicate]);
        }

        await CitationLinks.SetAsync(context, document, parts.References, cancellationToken);
        TrackNewParts(document);
        await CitationLinks.ReleaseAsync(context, document, cancellationToken);
        await CitationLinks.FillPlaceholdersAsync(context, document, cancellationToken);
        document.Version++;
        return await SaveAsync(document, cancellationToken);
    }

    /// <summary>The text of an upload, or the Vietnamese reason it is not a document the register keeps.</summary>
    public static (string? Text, DocumentError? Error) Read(DocumentUpload file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes.Length == 0)
        {
            return (null, new(DocumentFields.FileField, "Tệp trống: hãy chọn tệp văn bản có nội dung."));
        }

        if (file.Bytes.LongLength > DocumentLimits.FileBytes)
        {
            return (null, new(DocumentFields.FileField, $"Tệp lớn hơn {DocumentLimits.FileBytes / 1024 / 1024} MB: không nhận vào sổ văn bản."));
        }

        var kind = DocumentFile.KindOf(file.Bytes, file.FileName);
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (kind == DocumentFileKind.Text && extension is not (".txt" or ".text" or ""))
        {
            return (null, new(DocumentFields.FileField, $"Tệp {FileNameOf(file.FileName)} không phải .txt, .docx hay .pdf: sổ văn bản chỉ nhận ba loại tệp này."));
        }

        // A Word 97 file or another ZIP gets the reader's own advice (save as .docx).
        try
        {
            return (DocumentFile.ReadText(file.Bytes, FileNameOf(file.FileName)), null);
        }
        catch (DocumentFileException exception)
        {
            return (null, new(DocumentFields.FileField, exception.Message));
        }
    }

    /// <summary>
    /// Replaced sections, tasks and citations carry their new keys already, so EF would take them for existing rows;
    /// they are added explicitly (the old ones, orphaned, are deleted).
    /// </summary>
    private void TrackNewParts(RegisteredDocument document)
    {
        IEnumerable<object> parts = [.. document.Sections, .. document.Tasks, .. document.Citations];
        foreach (var part in parts.Where(part => context.Entry(part).State == EntityState.Detached))
        {
            context.Add(part);
        }
    }

    private async Task<DocumentError?> DuplicateAsync(RegisteredDocument document, CancellationToken cancellationToken)
    {
        var (key, issuer, date, id) = (document.SymbolKey, document.IssuerKey, document.Date, document.Id);
        var existing = await context.Documents.AsNoTracking()
            .FirstOrDefaultAsync(d => d.SymbolKey == key && d.IssuerKey == issuer && d.Date == date && d.Id != id, cancellationToken);
        return existing is null ? null : Duplicate(existing);
    }

    private async Task<DocumentOutcome> SaveAsync(RegisteredDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return new(document, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return new(null, [Stale(document)], Conflict: true);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            context.ChangeTracker.Clear();
            return new(null, [Duplicate(document)]);
        }
    }

    private static DocumentError Duplicate(RegisteredDocument document) =>
        new(nameof(Core.Documents.ParsedDocument.NumberSymbol), $"Văn bản số {DocumentFields.Describe(document)} đã có trong sổ: không đăng ký lần thứ hai.");

    private static DocumentError Stale(RegisteredDocument document) =>
        new(string.Empty, $"Văn bản {document.NumberSymbol} vừa được người khác sửa: hãy tải lại trang để xem bản mới rồi sửa lại.");

    private static string FileNameOf(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = string.IsNullOrWhiteSpace(name) ? "van-ban" : name;
        return name.Length > DocumentLimits.FileName ? name[^DocumentLimits.FileName..] : name;
    }
}
