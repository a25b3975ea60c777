using System.Text.RegularExpressions;
using DangVu.Core.Documents;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.FollowUp;

/// <summary>
/// TEMPORARY: the documents of the demo (the seed notice 509-TB/TU, embedded) read with <see cref="DocumentParser"/>,
/// standing in for the document register until it is merged; its issuer is matched to the organization of the same
/// name. Replace the registration of <see cref="IDirectiveSources"/> with the register's implementation at merge.
/// </summary>
public sealed partial class TemporarySeedDirectiveSources(DangVuDbContext context) : IDirectiveSources
{
    private static readonly Lazy<IReadOnlyList<(string Key, ParsedDocument Parsed, string Text)>> Documents = new(Read);

    public async Task<IReadOnlyList<DirectiveSourceSummary>> ListAsync(IReadOnlyCollection<string> officeScopes, CancellationToken cancellationToken = default)
    {
        var found = new List<DirectiveSourceSummary>();
        foreach (var (key, parsed, _) in Documents.Value)
        {
            var issuer = await IssuerAsync(parsed, cancellationToken);
            if (issuer is null || officeScopes.Any(scope => OrganizationPath.IsWithin(issuer.Value.Path, scope)))
            {
                found.Add(new DirectiveSourceSummary(key, parsed.NumberSymbol ?? key, parsed.Title, parsed.Date, parsed.Tasks.Count));
            }
        }

        return [.. found.OrderByDescending(d => d.Date)];
    }

    public async Task<DirectiveSource?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        var document = Documents.Value.FirstOrDefault(d => d.Key == key);
        if (document.Parsed is null)
        {
            return null;
        }

        var (_, parsed, text) = document;
        var issuer = await IssuerAsync(parsed, cancellationToken);
        var taskStarts = parsed.Tasks.Select(t => VietnameseText.SearchKey(t.Text.Split('\n')[0])).ToHashSet(StringComparer.Ordinal);
        var paragraphs = BodyParagraphs(text)
            .Select((paragraph, index) => new DirectiveParagraph($"đoạn {index + 1}", paragraph, false))
            .Where(p => !taskStarts.Any(start => VietnameseText.SearchKey(p.Text).EndsWith(start, StringComparison.Ordinal)))
            .ToList();
        return new DirectiveSource(
            key, parsed.NumberSymbol ?? key, parsed.Title, parsed.Date, issuer?.Id, parsed.Issuer,
            [.. parsed.Tasks.Select(t => new DirectiveParagraph(t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Text, true))],
            paragraphs,
            parsed.Sections.Count == 0 ? null : parsed.Sections[^1].Heading);
    }

    /// <summary>The register's key for a number-symbol, as this stand-in makes it: "509-TB/TU" → "509-tb-tu".</summary>
    public static string KeyOf(string numberSymbol) => VietnameseText.SearchKey(numberSymbol).Replace('/', '-');

    private async Task<(Guid Id, string Path)?> IssuerAsync(ParsedDocument parsed, CancellationToken cancellationToken)
    {
        var name = VietnameseText.SearchKey(parsed.Issuer);
        var found = await context.Organizations.AsNoTracking().Where(o => o.SearchKey == name && o.DissolvedOn == null)
            .Select(o => new { o.Id, o.Path }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.Path);
    }

    /// <summary>The body's paragraphs (blank-line separated) from the first section to "Nơi nhận", each on one line.</summary>
    private static IEnumerable<string> BodyParagraphs(string text)
    {
        var body = text;
        var end = body.IndexOf("Nơi nhận", StringComparison.Ordinal);
        if (end > 0)
        {
            body = body[..end];
        }

        foreach (var block in BlankLines().Split(body))
        {
            var paragraph = Spaces().Replace(block, " ").Trim();
            if (paragraph.Length >= 40 && !paragraph.Contains("ĐẢNG CỘNG SẢN", StringComparison.Ordinal))
            {
                yield return VietnameseText.Normalize(paragraph);
            }
        }
    }

    private static IReadOnlyList<(string Key, ParsedDocument Parsed, string Text)> Read()
    {
        using var stream = typeof(TemporarySeedDirectiveSources).Assembly.GetManifestResourceStream("DangVu.Data.FollowUp.509-TB-TU.txt")
            ?? throw new InvalidOperationException("The seed notice is not embedded.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var parsed = DocumentParser.Parse(text);
        return [(KeyOf(parsed.NumberSymbol ?? "509-TB/TU"), parsed, text)];
    }

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
