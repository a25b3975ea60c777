namespace DangVu.Core.Audit;

/// <summary>One entry of the append-only audit log, as hashed into the chain.</summary>
/// <param name="Sequence">1, 2, 3 … with no gaps.</param>
/// <param name="OccurredAt">When it happened, UTC, to the microsecond (what both databases keep).</param>
/// <param name="Actor">User name of who did it, or "system".</param>
/// <param name="Action">What was done: create, update, delete, view, sign-in, …</param>
/// <param name="EntityType">What kind of record it touched, if any.</param>
/// <param name="EntityId">Which record, if any.</param>
/// <param name="Details">Further facts as JSON (changed fields, reason, …).</param>
/// <param name="PreviousHash">Hash of the entry before (64 zeros for the first).</param>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset OccurredAt,
    string Actor,
    string Action,
    string? EntityType,
    string? EntityId,
    string? Details,
    string PreviousHash);
