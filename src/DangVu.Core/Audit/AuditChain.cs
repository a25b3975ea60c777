using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DangVu.Core.Audit;

/// <summary>The hash chain over audit entries: each entry's hash covers its fields and the hash before it.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Rounds a time to what both databases store (whole microseconds, UTC), so a re-read hashes the same.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>The SHA-256 hash (lower-case hex) of an entry.</summary>
    public static string Hash(AuditRecord record)
    {
        // A JSON array gives an unambiguous encoding: no field can bleed into the next.
        var canonical = JsonSerializer.Serialize(new[]
        {
            record.Sequence.ToString(CultureInfo.InvariantCulture),
            Truncate(record.OccurredAt).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            record.Actor,
            record.Action,
            record.EntityType,
            record.EntityId,
            record.Details,
            record.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
