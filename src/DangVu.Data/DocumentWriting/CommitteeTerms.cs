using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.DocumentWriting;

/// <summary>The committee terms of organizations, which document serials restart with.</summary>
public sealed class CommitteeTerms(DangVuDbContext context)
{
    public async Task<IReadOnlyList<CommitteeTerm>> OfAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        await context.Set<CommitteeTerm>().AsNoTracking()
            .Where(term => term.OrganizationId == organizationId)
            .OrderBy(term => term.StartsOn)
            .ToListAsync(cancellationToken);

    /// <summary>Records a term; refused (null) when its dates are backwards or it overlaps a term already recorded.</summary>
    public async Task<(CommitteeTerm? Term, string? Error)> AddAsync(
        Guid organizationId, string name, DateOnly startsOn, DateOnly? endsOn, CancellationToken cancellationToken = default)
    {
        if (endsOn is { } end && end < startsOn)
        {
            return (null, "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.");
        }

        var term = new CommitteeTerm { OrganizationId = organizationId, Name = name, StartsOn = startsOn, EndsOn = endsOn };
        if ((await OfAsync(organizationId, cancellationToken)).Any(other => Overlap(other, term)))
        {
            return (null, $"Nhiệm kỳ {term.Name} trùng thời gian với một nhiệm kỳ đã ghi.");
        }

        context.Add(term);
        await context.SaveChangesAsync(cancellationToken);
        return (term, null);
    }

    private static bool Overlap(CommitteeTerm left, CommitteeTerm right) =>
        left.StartsOn <= (right.EndsOn ?? DateOnly.MaxValue) && right.StartsOn <= (left.EndsOn ?? DateOnly.MaxValue);
}
