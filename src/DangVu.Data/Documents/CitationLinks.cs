using DangVu.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Documents;

/// <summary>
/// Links citations to registered documents, through tracked rows so the audit log records every link and the links
/// are saved with the document that causes them (one transaction). A citation matches a document of the same
/// <see cref="NumberSymbolKey"/> whose date is the cited date when the citation gives one; it is linked only when
/// exactly one registered document matches (party symbols repeat across committees and terms), and otherwise stays
/// a placeholder that the document page offers to look up.
/// </summary>
internal static class CitationLinks
{
    public static bool Matches(DocumentCitation citation, RegisteredDocument document) =>
        citation.SymbolKey == document.SymbolKey && citation.DocumentId != document.Id
        && (citation.CitedOn is null || citation.CitedOn == document.Date);

    /// <summary>Replaces the document's citations with <paramref name="references"/>, each linked when one registered document matches.</summary>
    public static async Task SetAsync(
        DangVuDbContext context, RegisteredDocument document, IReadOnlyList<ParsedReference> references, CancellationToken cancellationToken)
    {
        var citations = new List<DocumentCitation>();
        foreach (var reference in references)
        {
            var symbol = DocumentFields.Clean(reference.NumberSymbol);
            var key = NumberSymbolKey.Of(symbol);
            if (symbol is null || key.Length == 0 || citations.Any(c => c.SymbolKey == key) || symbol.Length > DocumentLimits.NumberSymbol)
            {
                continue;
            }

            citations.Add(new DocumentCitation
            {
                DocumentId = document.Id,
                Position = citations.Count,
                NumberSymbol = symbol,
                SymbolKey = key,
                CitedOn = reference.Date,
                CitedIssuer = Truncate(DocumentFields.Clean(reference.Issuer), DocumentLimits.Issuer),
            });
        }

        var keys = citations.Select(c => c.SymbolKey).ToList();
        var candidates = await context.Documents.Where(d => keys.Contains(d.SymbolKey) && d.Id != document.Id).ToListAsync(cancellationToken);
        foreach (var citation in citations)
        {
            citation.CitedDocumentId = Only(candidates.Where(d => Matches(citation, d)))?.Id;
        }

        document.Citations.Clear();
        document.Citations.AddRange(citations);
    }

    /// <summary>Links the placeholders <paramref name="document"/> now answers: those no other registered document also matches.</summary>
    public static async Task FillPlaceholdersAsync(DangVuDbContext context, RegisteredDocument document, CancellationToken cancellationToken)
    {
        var key = document.SymbolKey;
        var waiting = await context.DocumentCitations
            .Where(c => c.SymbolKey == key && c.CitedDocumentId == null && c.DocumentId != document.Id)
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }

        var others = await context.Documents.AsNoTracking().Where(d => d.SymbolKey == key && d.Id != document.Id).ToListAsync(cancellationToken);
        foreach (var citation in waiting.Where(c => Matches(c, document) && !others.Any(other => Matches(c, other))))
        {
            citation.CitedDocumentId = document.Id;
        }
    }

    /// <summary>After a correction of the symbol or date: links to the document that no longer match become placeholders again.</summary>
    public static async Task ReleaseAsync(DangVuDbContext context, RegisteredDocument document, CancellationToken cancellationToken)
    {
        var linked = await context.DocumentCitations.Where(c => c.CitedDocumentId == document.Id).ToListAsync(cancellationToken);
        foreach (var citation in linked.Where(c => !Matches(c, document)))
        {
            citation.CitedDocumentId = null;
        }
    }

    private static RegisteredDocument? Only(IEnumerable<RegisteredDocument> matches)
    {
        var list = matches.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private static string? Truncate(string? value, int limit) => value is not null && value.Length > limit ? value[..limit] : value;
}
