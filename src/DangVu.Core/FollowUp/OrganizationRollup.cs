namespace DangVu.Core.FollowUp;

/// <summary>The tasks one organization leads, counted by state.</summary>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Name">Its name.</param>
/// <param name="Counts">Its tasks by state.</param>
public sealed record OrganizationRollup(Guid OrganizationId, string Name, StateCounts Counts);
