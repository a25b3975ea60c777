namespace DangVu.Data.Audit;

/// <summary>Something to log that is not a row change: a sign-in, a view of confidential data.</summary>
public sealed record AuditEvent(string Action, string? EntityType, string? EntityId, string? Details);
