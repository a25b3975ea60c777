using System.Security.Claims;
using DangVu.Core.FollowUp;
using DangVu.Core.Text;
using DangVu.Data.FollowUp;
using DangVu.Data.Organizations;

namespace DangVu.Web.Features.FollowUp;

/// <summary>
/// The roll-ups pages, API and exports share: one document's tasks, one organization's (its subtree's, from all
/// documents), or the caller's whole reach over a period of deadlines — each limited to what the caller sees, on a date.
/// Null means not found (or out of reach: answered alike).
/// </summary>
public sealed class FollowUpRollups(FollowUpQueries queries, OrganizationQueries organizations, TimeProvider clock)
{
    public DateOnly Today => VietnameseDates.Today(clock);

    public async Task<RollupDto?> DocumentAsync(ClaimsPrincipal user, string key, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = asOf ?? Today;
        var rows = await queries.RowsAsync(new TaskSelection(SourceKey: key), user.Reach(), day, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var name = rows.Select(r => r.Snapshot.SourceLabel.Split(',')[0]).First();
        return RollupDto.From($"Văn bản {name}", FollowUpRollup.Of(rows.Select(r => r.Snapshot), day, VietnameseText.Comparer));
    }

    public async Task<(RollupDto Rollup, PartyOrganization Organization)?> OrganizationAsync(
        ClaimsPrincipal user, Guid id, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var organization = await organizations.FindAsync(id, cancellationToken);
        if (organization is null || !user.CanReadOrganization(organization.Path))
        {
            return null;
        }

        var day = asOf ?? Today;
        var rows = await queries.RowsAsync(new TaskSelection(OrganizationPath: organization.Path), Data.FollowUp.FollowUpReach.WholeTree, day, cancellationToken);
        return (RollupDto.From(organization.Name, FollowUpRollup.Of(rows.Select(r => r.Snapshot), day, VietnameseText.Comparer)), organization);
    }

    /// <summary>Everything the caller sees, optionally only tasks due from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<RollupDto> ReachAsync(ClaimsPrincipal user, DateOnly? from, DateOnly? to, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = asOf ?? Today;
        var rows = await queries.RowsAsync(new TaskSelection(DueFrom: from, DueTo: to), user.Reach(), day, cancellationToken);
        var scope = from is null && to is null ? "Tất cả nhiệm vụ trong phạm vi được giao"
            : $"Nhiệm vụ có hạn từ {(from is { } f ? VietnameseDates.Numeric(f) : "…")} đến {(to is { } t ? VietnameseDates.Numeric(t) : "…")}";
        return RollupDto.From(scope, FollowUpRollup.Of(rows.Select(r => r.Snapshot), day, VietnameseText.Comparer));
    }
}
