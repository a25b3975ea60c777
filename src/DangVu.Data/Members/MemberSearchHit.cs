using DangVu.Core.Members;

namespace DangVu.Data.Members;

/// <summary>What a search result shows of a member: enough for a list row, nothing confidential unmasked.</summary>
public sealed record MemberSearchHit(
    Guid Id, string FullName, DateOnly BirthDate, Gender Gender, MemberStatus Status, string? CardNumber, Guid OrganizationId, bool IsSynthetic);
