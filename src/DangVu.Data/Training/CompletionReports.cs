using DangVu.Core.Members;
using DangVu.Core.Training;

namespace DangVu.Data.Training;

/// <summary>One organization's line in a completion report (its whole subtree).</summary>
public sealed record CompletionRow(Guid OrganizationId, string Name, CompletionCount Count);

/// <summary>A member in a completion report's lists: who, in which cell on the study's first day, with what status then.</summary>
public sealed record StudyMember(Guid MemberId, string FullName, Guid CellId, string CellName, MemberStatus Status);

/// <summary>
/// Who had to study a resolution in a subtree and who has not: the study runs from the first day of its earliest class
/// to the last day of its latest among the classes opened in the subtree or above it; members are placed and judged
/// as they stood on its first day, by the rules of that day.
/// </summary>
public sealed record ResolutionCompletion(
    StudyTopic Topic, int Classes, DateOnly? FirstDay, DateOnly? LastDay, string? RuleSetId, CompletionCount Total,
    IReadOnlyList<CompletionRow> Units, IReadOnlyList<StudyMember> Missing, IReadOnlyList<StudyMember> Exempt);

/// <summary>A probationary member with no completed new-member class, neither in a class's records nor typed on their admission case.</summary>
public sealed record ProbationaryWithoutClass(Guid MemberId, string FullName, Guid CellId, string CellName, DateOnly AdmittedOn, DateOnly ProbationEnds);
