using System.Globalization;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Members;

/// <summary>
/// How <see cref="MemberQueries.SearchAsync"/> finds the first members in Vietnamese name order among possibly
/// hundreds of thousands of matches without reading them all. Each kind of match gets a query whose rows come out of an
/// index already in name order, so the database stops after the page; the same statement then orders the pages' rows.
/// <list type="bullet">
/// <item>The given name starts with the last word typed: matches are bunched in name order, in the few ranges of
/// <see cref="FoldedPrefixRanges"/> (with the family and middle names typed before it as an exact key, on
/// <see cref="MemberSearchIndexes.FamilyThenName"/>).</item>
/// <item>The family and middle names start with all that was typed ("nguyen van"), the card number, the birth year:
/// matches are spread over every given name, so a walk of <see cref="MemberSearchIndexes.NameOrder"/> meets them often,
/// or there are few and the database sorts them; a capped count on the key's index decides which.</item>
/// </list>
/// A small scope (a cell, a grassroots organization) is simply read on its path index and sorted. The statements are
/// SQL written by hand (<see cref="MemberSearchStatement"/>).
/// </summary>
internal sealed class MemberNameSearch(
    DangVuDbContext context, MemberFileCount memberFiles, int smallScope = MemberNameSearch.SmallScope, int? manyMatches = null)
{
    /// <summary>Up to this many members in the caller's scope are read and sorted whatever the query.</summary>
    public const int SmallScope = 2_000;

    private readonly MemberSearchStatement _sql = new(context.Database);

    public async Task<IReadOnlyList<MemberSearchHit>> RunAsync(
        string text, IReadOnlyCollection<string> scopePaths, int take, CancellationToken cancellationToken)
    {
        // Its statements share one connection rather than taking it from the pool (and setting it up) for each.
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await SearchAsync(text, scopePaths, take, cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<MemberSearchHit>> SearchAsync(
        string text, IReadOnlyCollection<string> scopePaths, int take, CancellationToken cancellationToken)
    {
        var key = VietnameseText.SearchKey(text);
        var memberRows = await memberFiles.GetAsync(context, cancellationToken);
        var small = scopePaths.Contains(OrganizationPath.Root)
            ? memberRows <= smallScope
            : await _sql.CountAsync(_sql.Within(scopePaths), smallScope + 1, cancellationToken) <= smallScope;
        if (small || key.Length == 0)
        {
            var within = _sql.Within(scopePaths);
            return await _sql.HitsAsync(key.Length == 0 ? within : $"{within} AND ({AnyMatch(text, key)})", take, cancellationToken);
        }

        // Matches spread over every given name are walked in name order when there are many, sorted when there are few.
        // The walk meets a match every N/m rows of the N members, so both cost about √(page × N) rows at the threshold.
        var many = manyMatches ?? (int)Math.Sqrt(take * (double)memberRows);
        var year = BirthYear(text);
        var walkYear = year is { } born && await IsManyAsync(scopePaths, _sql.BornIn(born), many, cancellationToken);
        var walkFamily = await IsManyAsync(scopePaths, _sql.StartsWith("FamilyKey", key), many, cancellationToken);

        // One statement: the pages as a UNION ALL of ordered, limited selects, and their few rows put in order.
        var pages = new List<string> { $"""SELECT "Id" FROM (SELECT "Id" FROM "Members" WHERE {Within()} AND "CardNumber" = {_sql.Value(text)} LIMIT 1) AS "card" """ };
        if (year is { } birthYear)
        {
            pages.Add(_sql.FirstIds($"{Within()} AND {(walkYear ? _sql.BornInUnindexed(birthYear) : _sql.BornIn(birthYear))}", take));
        }

        pages.Add(_sql.FirstIds($"{Within()} AND {(walkFamily ? _sql.StartsWithUnindexed("FamilyKey", key) : _sql.StartsWith("FamilyKey", key))}", take));
        var lastSpace = key.LastIndexOf(' ');
        var givenPrefix = key[(lastSpace + 1)..];
        foreach (var givenName in GivenNameStartingWith(givenPrefix))
        {
            var family = lastSpace < 0 ? string.Empty : $""" AND "FamilyKey" = {_sql.Value(key[..lastSpace])}""";
            pages.Add(_sql.FirstIds($"{Within()}{family} AND {givenName}", take));
        }

        return await _sql.HitsAsync($""" "Id" IN ({string.Join(" UNION ALL ", pages)})""", take, cancellationToken);

        string Within() => _sql.Within(scopePaths);
    }

    private async Task<bool> IsManyAsync(IReadOnlyCollection<string> scopePaths, string onIndex, int many, CancellationToken cancellationToken) =>
        await _sql.CountAsync($"{_sql.Within(scopePaths)} AND {onIndex}", many + 1, cancellationToken) > many;

    // The given name's spellings as ranges of its Vietnamese-ordered column, or the folded key's range when too many.
    private IEnumerable<string> GivenNameStartingWith(string givenPrefix) =>
        FoldedPrefixRanges.For(givenPrefix) is { } ranges
            ? ranges.Select(range => $"""("GivenName" >= {_sql.Value(range.From)} AND "GivenName" < {_sql.Value(range.Before)})""")
            : [_sql.StartsWith("GivenNameKey", givenPrefix)];

    // Every kind of match in one predicate, for a scope small enough to read whole.
    private string AnyMatch(string text, string key)
    {
        var matches = new List<string> { _sql.StartsWith("SearchKey", key), $"\"CardNumber\" = {_sql.Value(text)}" };
        if (!key.Contains(' ', StringComparison.Ordinal))
        {
            matches.Add(_sql.StartsWith("GivenNameKey", key));
        }

        if (BirthYear(text) is { } year)
        {
            matches.Add(_sql.BornIn(year));
        }

        return string.Join(" OR ", matches);
    }

    private static int? BirthYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1 ? year : null;
}
