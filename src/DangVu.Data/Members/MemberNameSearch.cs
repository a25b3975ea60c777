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
/// <item>The family and middle names start with all that was typed ("vu duc"): on PostgreSQL, when a few family keys do,
/// each key's members are a range of <see cref="MemberSearchIndexes.FamilyThenName"/> in name order.</item>
/// <item>Many family keys ("le"), the birth year: matches are spread over every given name, so a bounded walk of
/// <see cref="MemberSearchIndexes.NameOrder"/> meets them often, or, when it does not fill the page, there are few and
/// the database sorts them.</item>
/// </list>
/// A small scope (a cell, a grassroots organization) is simply read on its path index and sorted. The statements are
/// SQL written by hand (<see cref="MemberSearchStatement"/>).
/// </summary>
internal sealed class MemberNameSearch(
    DangVuDbContext context,
    MemberFileCount memberFiles,
    MemberNameIndex? names = null,
    int smallScope = MemberNameSearch.SmallScope,
    int? walkBudget = null,
    int? familyKeyPages = null)
{
    /// <summary>Up to this many members in the caller's scope are read and sorted whatever the query.</summary>
    public const int SmallScope = 2_000;

    /// <summary>On PostgreSQL, up to this many family keys under the typed prefix are read as a short range each.</summary>
    public const int FamilyKeyPages = 256;

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

        // The server's name index answers in memory. Only when someone may have the text as card number does the database
        // look that up, beside the index's page (on its own current rows, the scope checked again).
        if (names is not null && await names.CurrentAsync(cancellationToken) is { } snapshot
            && snapshot.FirstHits(new NameQuery(key, NameQuery.BirthYearIn(text)), scopePaths, take) is { } hits)
        {
            return snapshot.MayHaveCard(text)
                ? await _sql.HitsAsync($"""{Within()} AND ({_sql.IdIn([.. hits.Select(hit => hit.Id)])} OR "CardNumber" = {_sql.Value(text)})""", take, cancellationToken)
                : hits;
        }

        var keyPages = familyKeyPages ?? FamilyKeyPages;
        var budget = walkBudget ?? (int)Math.Sqrt(take * (double)memberRows);
        var pages = new List<string> { $"""SELECT {MemberSearchStatement.NameColumns} FROM (SELECT {MemberSearchStatement.NameColumns} FROM "Members" WHERE {Within()} AND "CardNumber" = {_sql.Value(text)} LIMIT 1) AS "card" """ };
        if (NameQuery.BirthYearIn(text) is { } year)
        {
            pages.AddRange(Spread(_sql.BornIn(year), _sql.BornInUnindexed(year)));
        }

        // The family and middle names typed. On PostgreSQL a handful of family keys ("vu duc", "vu duc anh") is a handful
        // of short ranges of the FamilyThenName index, each in name order, read in one LATERAL join. SQLite has no LATERAL:
        // a select per key, each merged through the collation's .NET callback, measured slower than the walk at 50,000
        // members, so it walks or sorts as for many keys ("le").
        pages.AddRange(_sql.IsPostgres
            ? FamilyKeysJoined()
            : Spread(_sql.StartsWith("FamilyKey", key), _sql.StartsWithUnindexed("FamilyKey", key)));
        var lastSpace = key.LastIndexOf(' ');
        foreach (var givenName in GivenNameStartingWith(key[(lastSpace + 1)..], lastSpace < 0 ? null : key[..lastSpace]))
        {
            pages.Add(_sql.FirstIds($"{Within()} AND {givenName}", take));
        }

        // One statement: the pages as ordered, limited selects of index entries, merged into one page of ids.
        return await _sql.HitsAsync(_sql.FirstOf(pages, take), take, cancellationToken);

        IEnumerable<string> FamilyKeysJoined()
        {
            var keys = _sql.DistinctStartingWith("FamilyKey", key, keyPages + 1);
            var few = $"""(SELECT COUNT("Value") FROM {keys}) <= {_sql.Value(keyPages)}""";
            var perKey = $"""
                SELECT "page"."Id", "page"."GivenName", "page"."SortName" FROM {keys} CROSS JOIN LATERAL (
                    SELECT {MemberSearchStatement.NameColumns} FROM "Members" WHERE {Within()} AND "FamilyKey" = {keys}."Value" {MemberSearchStatement.NameOrder}
                    LIMIT CASE WHEN {few} THEN {_sql.Value(take)} ELSE 0 END
                ) AS "page"
                """;
            return [perKey, .. Spread(_sql.StartsWith("FamilyKey", key), _sql.StartsWithUnindexed("FamilyKey", key), $"NOT {few}")];
        }

        // Matches spread over every given name ("le", a birth year). The walk of the name-order index meets one every N/m
        // rows of the N members, so it is read for at most √(page × N) rows; only when that yields less than a page are
        // the matches sorted instead, which then are few (or bunched late in the alphabet). Either way the page is exact.
        // Limits, not WHEREs, decide what runs: SQLite would test a WHERE holding a subquery on every row it reads, while
        // both databases skip a select whose limit is 0.
        IEnumerable<string> Spread(string onIndex, string walked, string? only = null)
        {
            var walkLimit = only is null ? _sql.Value(budget) : $"CASE WHEN {only} THEN {_sql.Value(budget)} ELSE 0 END";
            var walk = _sql.Once($"""
                SELECT {MemberSearchStatement.NameColumns} FROM (
                    SELECT {MemberSearchStatement.NameColumns}, "FamilyKey", "OrganizationPath", "BirthDate" FROM "Members" {MemberSearchStatement.NameOrder} LIMIT {walkLimit}
                ) AS "walked" WHERE {Within()} AND {walked} {MemberSearchStatement.NameOrder} LIMIT {_sql.Value(take)}
                """);
            var sortWhen = $"(SELECT COUNT(*) FROM {walk}) < {_sql.Value(take)}{(only is null ? string.Empty : $" AND {only}")}";
            return [$"""SELECT {MemberSearchStatement.NameColumns} FROM {walk}""", _sql.FirstIds($"{Within()} AND {onIndex}", $"CASE WHEN {sortWhen} THEN {_sql.Value(take)} ELSE 0 END")];
        }

        string Within() => _sql.Within(scopePaths);
    }

    // The given name's spellings as ranges of its Vietnamese-ordered column, or the folded key's range when too many;
    // with the exact family and middle names typed before it, when there are.
    private List<string> GivenNameStartingWith(string givenPrefix, string? familyKey)
    {
        var family = familyKey is null ? null : _sql.Value(familyKey);
        if (FoldedPrefixRanges.For(givenPrefix) is not { } ranges)
        {
            var folded = _sql.StartsWith("GivenNameKey", givenPrefix);
            return [family is null ? folded : $"""("FamilyKey" = {family} AND {folded})"""];
        }

        return ranges.Select(range => (From: _sql.Value(range.From), Before: _sql.Value(range.Before))).Select(range => family switch
        {
            null => $"""("GivenName" >= {range.From} AND "GivenName" < {range.Before})""",
            // PostgreSQL estimated a given-name range ("lân") as one row and read it on the NameOrder index, filtering
            // the family: 13,000 entries for none (17 ms on the nation). As a range of (family, given name) only the
            // FamilyThenName index can serve it: one descent.
            _ when _sql.IsPostgres =>
                $"""("FamilyKey" = {family} AND ("FamilyKey", "GivenName") >= ({family}, {range.From}) AND ("FamilyKey", "GivenName") < ({family}, {range.Before}))""",
            _ => $"""("FamilyKey" = {family} AND ("GivenName" >= {range.From} AND "GivenName" < {range.Before}))""",
        }).ToList();
    }

    // Every kind of match in one predicate, for a scope small enough to read whole.
    private string AnyMatch(string text, string key)
    {
        var matches = new List<string> { _sql.StartsWith("SearchKey", key), $"\"CardNumber\" = {_sql.Value(text)}" };
        if (!key.Contains(' ', StringComparison.Ordinal))
        {
            matches.Add(_sql.StartsWith("GivenNameKey", key));
        }

        if (NameQuery.BirthYearIn(text) is { } year)
        {
            matches.Add(_sql.BornIn(year));
        }

        return string.Join(" OR ", matches);
    }
}
