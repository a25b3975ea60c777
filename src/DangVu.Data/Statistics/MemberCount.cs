using DangVu.Core.Statistics;

namespace DangVu.Data.Statistics;

/// <summary>
/// How many members of an organization's whole subtree have a value in one dimension (status, gender, birth year …).
/// Kept up to date by <see cref="MemberCountingInterceptor"/> in the same transaction as every tracked change of a
/// member, and rebuilt by <see cref="MemberCounters"/>
/// after loads that bypass EF. Written only with SQL (never tracked), so concurrent saves add to a count instead
/// of overwriting it.
/// </summary>
public sealed class MemberCount
{
    /// <summary>The organization whose subtree is counted; <see cref="Guid.Empty"/> counts the whole tree.</summary>
    public Guid OrganizationId { get; set; }

    public MemberDimension Dimension { get; set; }

    /// <summary>The value as the member's column stores it ("Female", "1975", "Kinh", "12/12"; "" for none).</summary>
    public string Value { get; set; } = string.Empty;

    public int Count { get; set; }
}
