using DangVu.Core.DocumentWriting;
using DangVu.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.DocumentWriting;

/// <summary>Saves drafts: a new one, or a change to one not yet issued (against the version the author read).</summary>
public sealed class DocumentDrafts(DangVuDbContext context, TimeProvider clock, IAuditActor actor)
{
    /// <summary>Saves a new draft issued by <paramref name="organizationId"/>.</summary>
    public async Task<WrittenDocument> CreateAsync(Guid organizationId, ComposedDocument composed, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var document = new WrittenDocument { OrganizationId = organizationId, CreatedBy = actor.Name, CreatedAt = now, UpdatedAt = now };
        document.Take(composed);
        context.Add(document);
        await context.SaveChangesAsync(cancellationToken);
        return document;
    }

    /// <summary>Replaces a draft's parts (and issuer); refused when it is issued or changed since <paramref name="version"/>.</summary>
    public async Task<WritingOutcome> UpdateAsync(
        Guid id, int version, Guid organizationId, ComposedDocument composed, CancellationToken cancellationToken = default)
    {
        var document = await context.Set<WrittenDocument>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return WritingOutcome.Refused(WritingRefusal.NotFound);
        }

        if (document.IsIssued)
        {
            return WritingOutcome.Refused(WritingRefusal.AlreadyIssued, document);
        }

        if (document.Version != version)
        {
            return WritingOutcome.Refused(WritingRefusal.Conflict, document);
        }

        document.OrganizationId = organizationId;
        document.Take(composed);
        document.UpdatedAt = clock.GetUtcNow();
        document.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WritingOutcome.Refused(WritingRefusal.Conflict, document);
        }

        return WritingOutcome.Done(document);
    }
}
