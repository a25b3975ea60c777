using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.DocumentWriting;

/// <summary>A written document with the organization that issues it (whose path decides who may see it).</summary>
public sealed record WrittenDocumentEntry(WrittenDocument Document, string OrganizationName, string OrganizationPath);

/// <summary>Reads written documents: one by id, or those of the caller's subtrees, newest first.</summary>
public sealed class WrittenDocumentQueries(DangVuDbContext context)
{
    /// <summary>Most documents a list shows.</summary>
    public const int ListLimit = 200;

    public async Task<WrittenDocumentEntry?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (from document in context.Set<WrittenDocument>().AsNoTracking()
               join organization in context.Organizations.AsNoTracking() on document.OrganizationId equals organization.Id
               where document.Id == id
               select new WrittenDocumentEntry(document, organization.Name, organization.Path))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Documents issued by organizations under <paramref name="scopePaths"/>; drafts and issued ones alike.</summary>
    public async Task<IReadOnlyList<WrittenDocumentEntry>> ListAsync(
        IReadOnlyCollection<string> scopePaths, WrittenDocumentStatus? status = null, CancellationToken cancellationToken = default)
    {
        var documents = context.Set<WrittenDocument>().AsNoTracking();
        if (status is { } wanted)
        {
            documents = documents.Where(document => document.Status == wanted);
        }

        return await (from document in documents
                      join organization in context.Organizations.AsNoTracking().Within(scopePaths, nameof(PartyOrganization.Path))
                          on document.OrganizationId equals organization.Id
                      // Ids are version-7 GUIDs: in creation order on both databases (SQLite cannot sort DateTimeOffset).
                      orderby document.Id descending
                      select new WrittenDocumentEntry(document, organization.Name, organization.Path))
            .Take(ListLimit)
            .ToListAsync(cancellationToken);
    }
}
