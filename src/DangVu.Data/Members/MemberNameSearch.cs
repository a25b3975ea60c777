using System.Globalization;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
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
/// A small scope (a cell, a grassroots organization) is simply read on its path index and sorted.
/// </summary>
internal sealed class MemberNameSearch(
    DangVuDbContext context, MemberFileCount memberFiles, int smallScope = MemberNameSearch.SmallScope, int? manyMatches = null)
{
    /// <summary>Up to this many members in the caller's scope are read and sorted whatever the query.</summary>
    public const int SmallScope = 2_000;

    public async Task<IReadOnlyList<PartyMember>> RunAsync(
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

    private async Task<IReadOnlyList<PartyMember>> SearchAsync(
        string text, IReadOnlyCollection<string> scopePaths, int take, CancellationToken cancellationToken)
    {
        var key = VietnameseText.SearchKey(text);
        var scope = context.Members.AsNoTracking().Within(scopePaths, nameof(PartyMember.OrganizationPath));
        var memberRows = await memberFiles.GetAsync(context, cancellationToken);
        var wholeTree = scopePaths.Contains(OrganizationPath.Root);
        if ((wholeTree ? memberRows : await scope.Take(smallScope + 1).CountAsync(cancellationToken)) <= smallScope)
        {
            return await OrderByName(key.Length == 0 ? scope : scope.Where(AnyMatch(text, key))).Take(take).ToListAsync(cancellationToken);
        }

        if (key.Length == 0)
        {
            return await OrderByName(scope).Take(take).ToListAsync(cancellationToken);
        }

        // Matches spread over every given name are walked in name order when there are many, sorted when there are few.
        // The walk meets a match every N/m rows of the N members, so both cost about √(page × N) rows at the threshold.
        var many = manyMatches ?? (int)Math.Sqrt(take * (double)memberRows);
        var pages = new List<IQueryable<Guid>> { scope.Where(m => m.CardNumber == text).Select(m => m.Id).Take(1) };
        if (BirthYear(text) is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            pages.Add(await SpreadAsync(
                scope.Where(m => m.BirthDate >= from && m.BirthDate <= to), scope.Where(m => m.BirthDate.Year == year), many, take, cancellationToken));
        }

        var upper = key + '\uffff';
#pragma warning disable CA1309 // Translated to SQL: a range on the folded key's index, in the column's binary order.
        pages.Add(await SpreadAsync(
            scope.Where(m => string.Compare(m.FamilyKey, key) >= 0 && string.Compare(m.FamilyKey, upper) < 0),
            scope.Where(m => m.FamilyKey.Substring(0, key.Length) == key),
            many,
            take,
            cancellationToken));
#pragma warning restore CA1309
        var lastSpace = key.LastIndexOf(' ');
        var family = lastSpace < 0 ? null : key[..lastSpace];
        var sameFamily = family is null ? scope : scope.Where(m => m.FamilyKey == family);
        pages.AddRange(GivenNameStartingWith(sameFamily, key[(lastSpace + 1)..], take));

        // One statement: the pages as a UNION ALL of ordered, limited selects, and their few rows put in order.
        var candidates = pages.Aggregate(Queryable.Concat);
        return await OrderByName(context.Members.AsNoTracking().Where(m => candidates.Contains(m.Id))).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The first ids in name order among matches that <paramref name="onIndex"/> finds on an index and
    /// <paramref name="walked"/> states so that no index can serve it: with many matches the database then walks
    /// <see cref="MemberSearchIndexes.NameOrder"/> and stops after the page, rather than sort them all (SQLite, whose
    /// planner has no statistics on ranges, otherwise sorts).
    /// </summary>
    private static async Task<IQueryable<Guid>> SpreadAsync(
        IQueryable<PartyMember> onIndex, IQueryable<PartyMember> walked, int many, int take, CancellationToken cancellationToken) =>
        FirstIds(await onIndex.Take(many + 1).CountAsync(cancellationToken) > many ? walked : onIndex, take);

    private static IEnumerable<IQueryable<Guid>> GivenNameStartingWith(IQueryable<PartyMember> members, string givenPrefix, int take)
    {
        if (FoldedPrefixRanges.For(givenPrefix) is not { } ranges)
        {
            var upper = givenPrefix + '\uffff';
#pragma warning disable CA1309 // Translated to SQL: a range in the column's binary order.
            return [FirstIds(members.Where(m => string.Compare(m.GivenNameKey, givenPrefix) >= 0 && string.Compare(m.GivenNameKey, upper) < 0), take)];
#pragma warning restore CA1309
        }

#pragma warning disable CA1309 // Translated to SQL: compared in the column's Vietnamese collation, on its index.
        return ranges.Select(range => FirstIds(
            members.Where(m => string.Compare(m.GivenName, range.From) >= 0 && string.Compare(m.GivenName, range.Before) < 0), take));
#pragma warning restore CA1309
    }

    private static IQueryable<Guid> FirstIds(IQueryable<PartyMember> members, int take) =>
        OrderByName(members).Select(m => m.Id).Take(take);

    private static IQueryable<PartyMember> OrderByName(IQueryable<PartyMember> members) =>
        members.OrderBy(m => m.GivenName).ThenBy(m => m.SortName).ThenBy(m => m.Id);

    // Every kind of match in one predicate, for a scope small enough to read whole.
    private static System.Linq.Expressions.Expression<Func<PartyMember, bool>> AnyMatch(string text, string key)
    {
        var upper = key + '\uffff';
        var singleWord = !key.Contains(' ', StringComparison.Ordinal);
        var year = BirthYear(text);
        var from = year is { } born ? new DateOnly(born, 1, 1) : DateOnly.MinValue;
        var to = year is { } bornTo ? new DateOnly(bornTo, 12, 31) : DateOnly.MinValue;
#pragma warning disable CA1309 // Translated to SQL: ranges in the folded keys' binary order.
        return m => (string.Compare(m.SearchKey, key) >= 0 && string.Compare(m.SearchKey, upper) < 0)
            || (singleWord && string.Compare(m.GivenNameKey, key) >= 0 && string.Compare(m.GivenNameKey, upper) < 0)
            || m.CardNumber == text
            || (year != null && m.BirthDate >= from && m.BirthDate <= to);
#pragma warning restore CA1309
    }

    private static int? BirthYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1 ? year : null;
}
