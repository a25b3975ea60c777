using DangVu.Core.Members;
using DangVu.Core.Statistics;
using DangVu.Data.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DangVu.Data.Statistics;

/// <summary>
/// Counter changes for members a bulk load writes with SQL, out of EF's sight: tell the batch about each member as it
/// is written, then <see cref="ApplyAsync"/> in the load's transaction. Cheaper than
/// <see cref="MemberCounters.RecountAsync(DbContext, IEnumerable{Guid}, CancellationToken)"/>, which reads the rows back.
/// </summary>
public sealed class MemberCountBatch
{
    private readonly PathTally _tally = new();

    /// <summary>How many members the batch has counted (added less removed).</summary>
    public int Members => _tally.Members;

    /// <summary>Counts a member written with SQL, with the values its columns hold.</summary>
    public void Added(
        string organizationPath, MemberStatus status, Gender gender, DateOnly birthDate, string ethnicity, string? education, Sector sector) =>
        Count(organizationPath, status, gender, birthDate, ethnicity, education, sector, 1);

    /// <summary>Counts a member (an entity built in memory and written with SQL, not through the context).</summary>
    public void Added(PartyMember member) =>
        Count(member.OrganizationPath, member.Status, member.Gender, member.BirthDate, member.Ethnicity, member.Education, member.Sector, 1);

    /// <summary>Takes away a member deleted with SQL, with the values its columns held.</summary>
    public void Removed(
        string organizationPath, MemberStatus status, Gender gender, DateOnly birthDate, string ethnicity, string? education, Sector sector) =>
        Count(organizationPath, status, gender, birthDate, ethnicity, education, sector, -1);

    /// <summary>Adds the batch to the counters, in the context's current transaction (or one of its own). Apply a batch once.</summary>
    public async Task ApplyAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        var deltas = _tally.RollUp();
        if (deltas.Count == 0)
        {
            return;
        }

        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (context.Database.CurrentTransaction is { } current)
            {
                await MemberCounters.ApplyAsync(current.GetDbTransaction(), context.Database.IsNpgsql(), deltas, cancellationToken);
                return;
            }

            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await MemberCounters.ApplyAsync(transaction.GetDbTransaction(), context.Database.IsNpgsql(), deltas, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private void Count(
        string path, MemberStatus status, Gender gender, DateOnly birthDate, string ethnicity, string? education, Sector sector, int sign)
    {
        var onRolls = MemberBreakdown.IsOnRolls(status);
        _tally.Add(
            path, 0, sign, status.ToString(),
            onRolls ? gender.ToString() : null,
            onRolls ? MemberCounters.YearValue(birthDate.Year) : null,
            onRolls ? ethnicity : null,
            onRolls ? education ?? string.Empty : null,
            onRolls ? sector.ToString() : null);
    }
}
