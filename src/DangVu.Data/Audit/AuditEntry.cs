using DangVu.Core.Audit;

namespace DangVu.Data.Audit;

/// <summary>A stored audit log entry. Rows are only ever inserted.</summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? Details { get; set; }

    public string PreviousHash { get; set; } = AuditChain.Genesis;

    public string Hash { get; set; } = string.Empty;

    public AuditRecord ToRecord() =>
        new(Sequence, OccurredAt, Actor, Action, EntityType, EntityId, Details, PreviousHash);
}
