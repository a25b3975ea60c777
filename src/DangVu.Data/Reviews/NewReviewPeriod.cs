using DangVu.Core.Reviews;

namespace DangVu.Data.Reviews;

/// <summary>What the office opens: a period for a subtree, with its timetable.</summary>
public sealed record NewReviewPeriod(Guid OrganizationId, ReviewPeriodKind Kind, int Year, int? Quarter, ReviewTimetable Timetable, bool IsSynthetic = false);
