using DangVu.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Organizations;

/// <summary>Limits rows to those whose materialized path lies under any of the given subtrees: one index range per subtree.</summary>
internal static class SubtreeFilter
{
    public static IQueryable<T> Within<T>(this IQueryable<T> rows, IReadOnlyCollection<string> scopePaths, string pathProperty)
        where T : class
    {
        if (scopePaths.Contains(OrganizationPath.Root))
        {
            return rows;
        }

        IQueryable<T>? union = null;
        foreach (var scope in scopePaths.Distinct())
        {
            var upper = scope + '\uffff';
#pragma warning disable CA1309 // Translated to SQL: a range on the path's index, in the column's binary order.
            var range = rows.Where(row => string.Compare(EF.Property<string>(row, pathProperty), scope) >= 0
                && string.Compare(EF.Property<string>(row, pathProperty), upper) < 0);
#pragma warning restore CA1309
            union = union is null ? range : union.Union(range);
        }

        return union ?? rows.Where(_ => false);
    }
}
