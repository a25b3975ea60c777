using System.Globalization;
using DangVu.Core.Members;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Members;

/// <summary>Finding members: by name (folded, any tone placement), card number or birth year, within the caller's subtrees.</summary>
public sealed class MemberQueries(DangVuDbContext context)
{
    public const int MaxQueryLength = 200;

    /// <summary>
    /// Members under any of <paramref name="scopePaths"/> whose full name or given name starts with the folded query,
    /// whose card number is the query, or (for a four-digit query) who were born that year; in Vietnamese name order.
    /// The query is taken literally: it only ever feeds range comparisons, never LIKE.
    /// </summary>
    public async Task<IReadOnlyList<PartyMember>> SearchAsync(
        string? query, IReadOnlyCollection<string> scopePaths, int take, CancellationToken cancellationToken = default)
    {
        var members = Within(context.Members.AsNoTracking(), scopePaths);
        var text = (query ?? string.Empty).Trim();
        if (text.Length > MaxQueryLength)
        {
            return [];
        }

        var key = VietnameseText.SearchKey(text);
        if (key.Length > 0)
        {
            var upper = key + '\uffff';
            var year = text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            var from = year is { } born ? new DateOnly(born, 1, 1) : DateOnly.MinValue;
            var to = year is { } bornTo ? new DateOnly(bornTo, 12, 31) : DateOnly.MinValue;
#pragma warning disable CA1309 // Translated to SQL: ranges on the folded keys' indexes, in the columns' binary order.
            members = members.Where(m =>
                (string.Compare(m.SearchKey, key) >= 0 && string.Compare(m.SearchKey, upper) < 0)
                || (string.Compare(m.GivenNameKey, key) >= 0 && string.Compare(m.GivenNameKey, upper) < 0)
                || m.CardNumber == text
                || (year != null && m.BirthDate >= from && m.BirthDate <= to));
#pragma warning restore CA1309
        }

        return await members.OrderBy(m => m.GivenName).ThenBy(m => m.SortName).ThenBy(m => m.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<PartyMember?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await context.Members.AsNoTracking().Include(m => m.Events).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>How many members under the subtrees stand in each status today.</summary>
    public async Task<IReadOnlyDictionary<MemberStatus, int>> CountByStatusAsync(
        IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default) =>
        await Within(context.Members.AsNoTracking(), scopePaths)
            .GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static IQueryable<PartyMember> Within(IQueryable<PartyMember> members, IReadOnlyCollection<string> scopePaths) =>
        members.Within(scopePaths, nameof(PartyMember.OrganizationPath));
}
