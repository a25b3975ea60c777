using System.Globalization;
using System.Text.RegularExpressions;
using DangVu.Core.Text;
using DangVu.Data.FollowUp;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Documents;

/// <summary>
/// The register as follow-up's source of directives: a document's key is its id in the register, its tasks are the
/// tasks confirmed at registration, and its other paragraphs come from the text read from its file.
/// </summary>
public sealed partial class RegisteredDirectiveSources(DangVuDbContext context) : IDirectiveSources
{
    public async Task<IReadOnlyList<DirectiveSourceSummary>> ListAsync(IReadOnlyCollection<string> officeScopes, CancellationToken cancellationToken = default)
    {
        var organizations = context.Organizations.AsNoTracking().Within(officeScopes, nameof(PartyOrganization.Path)).Select(o => o.Id);
        var rows = await context.Documents.AsNoTracking().Where(d => organizations.Contains(d.OrganizationId))
            .Select(d => new { d.Id, d.NumberSymbol, d.Title, d.Date, Tasks = d.Tasks.Count })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(d => d.Date).ThenBy(d => d.NumberSymbol, StringComparer.Ordinal)
            .Select(d => new DirectiveSourceSummary(KeyOf(d.Id), d.NumberSymbol, d.Title, d.Date, d.Tasks))];
    }

    public async Task<DirectiveSource?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return null;
        }

        var document = await context.Documents.AsNoTracking().Include(d => d.Sections).Include(d => d.Tasks)
            .SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var tasks = document.Tasks.OrderBy(t => t.Number).ToList();
        var taskStarts = tasks.Select(t => VietnameseText.SearchKey(t.Text.Split('\n')[0])).ToHashSet(StringComparer.Ordinal);
        var paragraphs = BodyParagraphs(document.FullText)
            .Select((paragraph, index) => new DirectiveParagraph($"đoạn {index + 1}", paragraph, false))
            .Where(p => !taskStarts.Any(start => VietnameseText.SearchKey(p.Text).EndsWith(start, StringComparison.Ordinal)))
            .ToList();
        var lastSection = document.Sections.OrderBy(s => s.Position).LastOrDefault();
        return new DirectiveSource(
            key, document.NumberSymbol, document.Title, document.Date, document.OrganizationId, document.Issuer,
            [.. tasks.Select(t => new DirectiveParagraph(t.Number.ToString(CultureInfo.InvariantCulture), t.Text, true))],
            paragraphs,
            lastSection?.Heading);
    }

    /// <summary>Follow-up's key of a registered document: its id, 32 hex digits.</summary>
    public static string KeyOf(Guid documentId) => documentId.ToString("N");

    /// <summary>The body's paragraphs (blank-line separated) before "Nơi nhận", each on one line; headers and short lines left out.</summary>
    private static IEnumerable<string> BodyParagraphs(string text)
    {
        var end = text.IndexOf("Nơi nhận", StringComparison.Ordinal);
        var body = end > 0 ? text[..end] : text;
        foreach (var block in BlankLines().Split(body))
        {
            var paragraph = Spaces().Replace(block, " ").Trim();
            if (paragraph.Length >= 40 && !paragraph.Contains("ĐẢNG CỘNG SẢN", StringComparison.Ordinal))
            {
                yield return VietnameseText.Normalize(paragraph);
            }
        }
    }

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
