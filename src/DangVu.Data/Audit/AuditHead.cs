using DangVu.Core.Audit;

namespace DangVu.Data.Audit;

/// <summary>
/// The one row that records the log's last sequence and hash. Updated with the entries in one
/// transaction; its sequence is a concurrency token, so two writers cannot both extend the chain.
/// </summary>
public sealed class AuditHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Sequence { get; set; }

    public string Hash { get; set; } = AuditChain.Genesis;
}
