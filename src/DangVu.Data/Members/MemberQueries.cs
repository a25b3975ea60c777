using DangVu.Core.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Members;

/// <summary>Finding members: by name (folded, any tone placement), card number or birth year, within the caller's subtrees.</summary>
public sealed class MemberQueries(DangVuDbContext context, MemberFileCount memberFiles, MemberNameIndex names)
{
    public const int MaxQueryLength = 200;

    /// <summary>
    /// Members under any of <paramref name="scopePaths"/> whose full name or given name starts with the folded query,
    /// whose card number is the query, or (for a four-digit query) who were born that year; in Vietnamese name order.
    /// The query is taken literally: it only ever feeds range comparisons, never LIKE. See <see cref="MemberNameSearch"/>
    /// for how it stays fast with millions of members.
    /// </summary>
    public async Task<IReadOnlyList<MemberSearchHit>> SearchAsync(
        string? query, IReadOnlyCollection<string> scopePaths, int take, CancellationToken cancellationToken = default)
    {
        var text = (query ?? string.Empty).Trim();
        return text.Length > MaxQueryLength
            ? []
            : await new MemberNameSearch(context, memberFiles, names).RunAsync(text, scopePaths, take, cancellationToken);
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
