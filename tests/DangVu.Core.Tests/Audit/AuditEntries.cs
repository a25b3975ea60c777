using System.Globalization;
using DangVu.Core.Audit;

namespace DangVu.Core.Tests.Audit;

/// <summary>A record as the log stores it: the entry and the hash written beside it.</summary>
internal sealed record AuditEntry(AuditRecord Record, string StoredHash);

/// <summary>Builds audit logs the way the application writes them, for tests to tamper with.</summary>
internal static class AuditEntries
{
    public static readonly DateTimeOffset Start = new(2008, 5, 22, 7, 30, 0, TimeSpan.Zero);

    public static AuditRecord Record(long sequence, string previousHash) => new(
        sequence,
        Start.AddMinutes(sequence).AddTicks(1234560),
        "vanphong",
        "update",
        "Member",
        sequence.ToString(CultureInfo.InvariantCulture),
        $$"""{"field":"rating","value":{{sequence}}}""",
        previousHash);

    /// <summary>Stores a record under its own correct hash, as a forger who can run SHA-256 would.</summary>
    public static AuditEntry Seal(AuditRecord record) => new(record, AuditChain.Hash(record));

    public static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previousHash = AuditChain.Genesis;
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var entry = Seal(Record(sequence, previousHash));
            entries.Add(entry);
            previousHash = entry.StoredHash;
        }

        return entries;
    }

    /// <summary>Feeds entries in order and returns the first break.</summary>
    public static AuditBreak? Walk(AuditChainVerifier verifier, IEnumerable<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (verifier.Next(entry.Record, entry.StoredHash) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
