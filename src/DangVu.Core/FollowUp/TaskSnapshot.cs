namespace DangVu.Core.FollowUp;

/// <summary>One task as roll-ups see it: what it is, whose it is, where it comes from, and its facts.</summary>
/// <param name="Id">The task.</param>
/// <param name="Title">Its short title.</param>
/// <param name="SourceKey">The source document's key, or null for a task from other text.</param>
/// <param name="SourceLabel">The source as people name it ("509-TB/TU, mục 5").</param>
/// <param name="LeadOrganizationId">The lead organization.</param>
/// <param name="LeadOrganizationName">Its name.</param>
/// <param name="Facts">Term, cadence and reports as of the roll-up's date.</param>
public sealed record TaskSnapshot(
    Guid Id, string Title, string? SourceKey, string SourceLabel, Guid LeadOrganizationId, string LeadOrganizationName, TaskFacts Facts);
