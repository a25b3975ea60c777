namespace DangVu.Data.FollowUp;

/// <summary>Which tasks a list or roll-up covers, before the caller's reach is applied.</summary>
/// <param name="SourceKey">One document's tasks.</param>
/// <param name="OrganizationPath">Tasks led or co-operated on by an organization of this subtree.</param>
/// <param name="DueFrom">Deadline on or after.</param>
/// <param name="DueTo">Deadline on or before.</param>
public sealed record TaskSelection(string? SourceKey = null, string? OrganizationPath = null, DateOnly? DueFrom = null, DateOnly? DueTo = null);
