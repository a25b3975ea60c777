namespace DangVu.Data.Audit;

/// <summary>
/// Something to log that is not a row change: a sign-in, a view of confidential data. <c>Actor</c> names who
/// did it when the request does not know yet (a sign-in); null means the current actor.
/// </summary>
public sealed record AuditEvent(string Action, string? EntityType, string? EntityId, string? Details, string? Actor = null)
{
    public const string ConfidentialViewAction = "view-confidential";

    /// <summary>Someone was shown confidential fields of a record in clear.</summary>
    public static AuditEvent ConfidentialView(string entityType, Guid id, params string[] fields) =>
        new(ConfidentialViewAction, entityType, id.ToString(), System.Text.Json.JsonSerializer.Serialize(new { fields }));
}
