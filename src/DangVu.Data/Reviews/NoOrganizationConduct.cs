using DangVu.Core.Reviews;

namespace DangVu.Data.Reviews;

/// <summary>
/// Stands in until the directive follow-up (overdue tasks) and cell meetings (skipped months) are wired: knows nothing,
/// so the flags that need them say "chưa có dữ liệu" rather than pretend all is well.
/// </summary>
public sealed class NoOrganizationConduct : IOrganizationConduct
{
    public Task<OrganizationConduct> ForAsync(Guid organizationId, DateOnly periodStart, DateOnly periodEnd, CancellationToken cancellationToken = default) =>
        Task.FromResult(OrganizationConduct.NoData);
}
