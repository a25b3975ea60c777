using System.Globalization;
using DangVu.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Members;

/// <summary>
/// How <see cref="MemberQueries.SearchAsync"/> finds the first members in Vietnamese name order among possibly
/// hundreds of thousands of matches without reading them all. Each kind of match gets a query whose rows come out of an
/// index already in name order, so the database stops after the page; the pages are then merged by one last query.
/// <list type="bullet">
/// <item>The given name starts with the last word typed: matches are bunched in name order, in the few ranges of
/// <see cref="FoldedPrefixRanges"/> (with the family and middle names typed before it as an exact key, on
/// <see cref="MemberSearchIndexes.FamilyThenName"/>).</item>
/// <item>The family and middle names start with all that was typed ("nguyen van"), the card number, the birth year:
/// matches are spread over every given name, so a walk of <see cref="MemberSearchIndexes.NameOrder"/> meets them often,
/// or there are few and the database sorts them; it chooses by its statistics.</item>
/// </list>
/// A small scope (a cell, a grassroots organization) is simply read on its path index and sorted.
/// </summary>
internal sealed class MemberNameSearch(DangVuDbContext context, int smallScope = MemberNameSearch.SmallScope)
{
    /// <summary>Up to this many members in the caller's scope are read and sorted whatever the query.</summary>
    public const int SmallScope = 2_000;

    public async Task<IReadOnlyList<PartyMember>> RunAsync(
        string text, IQueryable<PartyMember> scope, int take, CancellationToken cancellationToken)
    {
        var key = VietnameseText.SearchKey(text);
        if (await scope.Take(smallScope + 1).CountAsync(cancellationToken) <= smallScope)
        {
            return await OrderByName(key.Length == 0 ? scope : scope.Where(AnyMatch(text, key))).Take(take).ToListAsync(cancellationToken);
        }

        if (key.Length == 0)
        {
            return await OrderByName(scope).Take(take).ToListAsync(cancellationToken);
        }

        var found = new HashSet<Guid>();
        found.UnionWith(await scope.Where(m => m.CardNumber == text).Select(m => m.Id).Take(1).ToListAsync(cancellationToken));
        if (BirthYear(text) is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            found.UnionWith(await FirstIdsAsync(scope.Where(m => m.BirthDate >= from && m.BirthDate <= to), take, cancellationToken));
        }

        var upper = key + '\uffff';
#pragma warning disable CA1309 // Translated to SQL: a range on the folded key's index, in the column's binary order.
        found.UnionWith(await FirstIdsAsync(
            scope.Where(m => string.Compare(m.FamilyKey, key) >= 0 && string.Compare(m.FamilyKey, upper) < 0), take, cancellationToken));
#pragma warning restore CA1309
        var lastSpace = key.LastIndexOf(' ');
        var family = lastSpace < 0 ? null : key[..lastSpace];
        var givenPrefix = key[(lastSpace + 1)..];
        var sameFamily = family is null ? scope : scope.Where(m => m.FamilyKey == family);
        found.UnionWith(await GivenNameStartingWithAsync(sameFamily, givenPrefix, take, cancellationToken));

        return await OrderByName(context.Members.AsNoTracking().Where(m => found.Contains(m.Id))).Take(take).ToListAsync(cancellationToken);
    }

    private static async Task<List<Guid>> GivenNameStartingWithAsync(
        IQueryable<PartyMember> members, string givenPrefix, int take, CancellationToken cancellationToken)
    {
        if (FoldedPrefixRanges.For(givenPrefix) is not { } ranges)
        {
            var upper = givenPrefix + '\uffff';
#pragma warning disable CA1309 // Translated to SQL: a range in the column's binary order.
            return await FirstIdsAsync(
                members.Where(m => string.Compare(m.GivenNameKey, givenPrefix) >= 0 && string.Compare(m.GivenNameKey, upper) < 0), take, cancellationToken);
#pragma warning restore CA1309
        }

        // The ranges come in name order: once a page is full, later ranges cannot contribute.
        var ids = new List<Guid>(take);
        foreach (var range in ranges)
        {
#pragma warning disable CA1309 // Translated to SQL: compared in the column's Vietnamese collation, on its index.
            ids.AddRange(await FirstIdsAsync(
                members.Where(m => string.Compare(m.GivenName, range.From) >= 0 && string.Compare(m.GivenName, range.Before) < 0),
                take - ids.Count, cancellationToken));
#pragma warning restore CA1309
            if (ids.Count == take)
            {
                break;
            }
        }

        return ids;
    }

    private static Task<List<Guid>> FirstIdsAsync(IQueryable<PartyMember> members, int take, CancellationToken cancellationToken) =>
        OrderByName(members).Select(m => m.Id).Take(take).ToListAsync(cancellationToken);

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
