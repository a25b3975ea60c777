namespace DangVu.Core.Reviews;

/// <summary>
/// How an organization kept up its work over a period, as far as DangVu knows: its overdue tasks (directive follow-up)
/// and the months its cell meetings were skipped. A null count means DangVu has no data for it.
/// </summary>
/// <param name="OverdueTasks">Tasks led by the organization still not done after their deadline within the period; null: no data.</param>
/// <param name="SkippedMeetingMonths">Months of the period without the regular cell meeting; null: no data.</param>
public sealed record OrganizationConduct(int? OverdueTasks, int? SkippedMeetingMonths)
{
    /// <summary>Nothing known.</summary>
    public static OrganizationConduct NoData { get; } = new(null, null);

    /// <summary>True when neither count is known.</summary>
    public bool IsUnknown => OverdueTasks is null && SkippedMeetingMonths is null;

    /// <summary>True when tasks are overdue or meetings were skipped.</summary>
    public bool IsPoor => OverdueTasks > 0 || SkippedMeetingMonths > 0;
}

/// <summary>
/// Where the review reads an organization's conduct from: the directive follow-up (overdue tasks) and cell meetings
/// (skipped months) features.
/// </summary>
public interface IOrganizationConduct
{
    /// <summary>The conduct of the organization (and its subtree) from <paramref name="periodStart"/> to <paramref name="periodEnd"/>.</summary>
    Task<OrganizationConduct> ForAsync(Guid organizationId, DateOnly periodStart, DateOnly periodEnd, CancellationToken cancellationToken = default);
}
