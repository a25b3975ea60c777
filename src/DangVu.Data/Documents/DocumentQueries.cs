using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Documents;

/// <summary>A registered document with its place in the tree and its citation graph, as the caller may see it.</summary>
/// <param name="Document">The document with its sections, tasks and citations.</param>
/// <param name="OrganizationName">The organization whose register holds it.</param>
/// <param name="OrganizationPath">That organization's path, for scope checks.</param>
/// <param name="Cites">What it cites, in order.</param>
/// <param name="CitedBy">The registered documents the caller may read that cite it, newest first.</param>
public sealed record DocumentView(
    RegisteredDocument Document, string OrganizationName, string OrganizationPath, IReadOnlyList<CitationView> Cites, IReadOnlyList<DocumentListItem> CitedBy);

/// <summary>
/// One cited document: <c>Cited</c> when it is registered and the caller may read it; <c>Registered</c> tells a
/// placeholder (not in the register yet) from a document registered outside the caller's reach.
/// </summary>
public sealed record CitationView(DocumentCitation Citation, DocumentListItem? Cited, bool Registered)
{
    public bool IsPlaceholder => !Registered;
}

/// <summary>Reading the register within the caller's subtrees (the organizations whose registers they may read).</summary>
public sealed class DocumentQueries(DangVuDbContext context)
{
    public async Task<DocumentPage> SearchAsync(DocumentSearch search, IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var pageSize = Math.Clamp(search.PageSize, 1, DocumentSearch.MaxPageSize);
        var page = Math.Max(1, search.Page);
        if (search.TooLong)
        {
            return new DocumentPage([], 0, page, pageSize);
        }

        var documents = Within(scopePaths);
        if (search.SymbolKey is { Length: > 0 } symbol)
        {
            documents = documents.Where(d => d.SymbolKey.Contains(symbol));
        }

        if (search.TypeKey is { Length: > 0 } type)
        {
            documents = documents.Where(d => d.TypeKey == type);
        }

        if (search.IssuerKey is { Length: > 0 } issuer)
        {
            documents = documents.Where(d => d.IssuerKey.Contains(issuer));
        }

        if (search.From is { } from)
        {
            documents = documents.Where(d => d.Date >= from);
        }

        if (search.To is { } to)
        {
            documents = documents.Where(d => d.Date <= to);
        }

        foreach (var word in search.Words)
        {
            var pattern = $"%{EscapeLike(word)}%";
            documents = documents.Where(d => EF.Functions.Like(d.SearchText, pattern, "\\"));
        }

        var total = await documents.CountAsync(cancellationToken);
        var items = await Items(documents.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new DocumentPage(items, total, page, pageSize);
    }

    /// <summary>The document with its parts and graph, or null when it does not exist or lies outside the caller's reach.</summary>
    public async Task<DocumentView?> FindAsync(Guid id, IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        var document = await Within(scopePaths).Include(d => d.Sections).Include(d => d.Tasks).Include(d => d.Citations)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var organization = await context.Organizations.AsNoTracking().SingleAsync(o => o.Id == document.OrganizationId, cancellationToken);
        var citedIds = document.Citations.Select(c => c.CitedDocumentId).OfType<Guid>().ToList();
        var readable = await Items(Within(scopePaths).Where(d => citedIds.Contains(d.Id))).ToDictionaryAsync(d => d.Id, cancellationToken);
        var cites = document.Citations.OrderBy(c => c.Position)
            .Select(c => new CitationView(c, c.CitedDocumentId is { } cited ? readable.GetValueOrDefault(cited) : null, c.CitedDocumentId is not null))
            .ToList();
        var citing = context.DocumentCitations.Where(c => c.CitedDocumentId == id).Select(c => c.DocumentId);
        var citedBy = await Items(Within(scopePaths).Where(d => citing.Contains(d.Id)).OrderByDescending(d => d.Date)).ToListAsync(cancellationToken);
        return new DocumentView(document, organization.Name, organization.Path, cites, citedBy);
    }

    /// <summary>The path of the organization holding a document, or null: what access checks need without loading the text.</summary>
    public Task<string?> OrganizationPathAsync(Guid id, CancellationToken cancellationToken = default) =>
        context.Documents.AsNoTracking().Where(d => d.Id == id)
            .Join(context.Organizations, d => d.OrganizationId, o => o.Id, (_, o) => o.Path)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The original file: its name, type and bytes.</summary>
    public async Task<(string FileName, string ContentType, byte[] Bytes)?> FileAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var document = await context.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.FileName, d.ContentType }).SingleOrDefaultAsync(cancellationToken);
        var content = await context.DocumentContents.AsNoTracking().SingleOrDefaultAsync(c => c.DocumentId == id, cancellationToken);
        return document is null || content is null ? null : (document.FileName, document.ContentType, content.Bytes);
    }

    /// <summary>The type codes in the caller's register, with a type name for each, for the search form.</summary>
    public async Task<IReadOnlyList<(string Code, string? Type)>> TypeCodesAsync(IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        var rows = await Within(scopePaths).Where(d => d.TypeCode != null)
            .GroupBy(d => d.TypeCode!).Select(g => new { Code = g.Key, Type = g.Max(d => d.Type) }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Code, r.Type)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    private IQueryable<RegisteredDocument> Within(IReadOnlyCollection<string> scopePaths)
    {
        var organizations = context.Organizations.AsNoTracking().Within(scopePaths, nameof(PartyOrganization.Path)).Select(o => o.Id);
        return context.Documents.AsNoTracking().Where(d => organizations.Contains(d.OrganizationId));
    }

    private static IQueryable<DocumentListItem> Items(IQueryable<RegisteredDocument> documents) =>
        documents.Select(d => new DocumentListItem(d.Id, d.NumberSymbol, d.Type, d.Title, d.Issuer, d.Date, d.OrganizationId, d.IsSynthetic));

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
