namespace DangVu.Core.Reviews;

/// <summary>
/// The deadlines of a review period, set by the office when it opens the period. Members: self-review, the cells'
/// proposals, the committees' decisions; organizations: their self-reviews and the decisions one level up.
/// </summary>
public sealed record ReviewTimetable(
    DateOnly SelfReviewDue, DateOnly ProposalDue, DateOnly DecisionDue, DateOnly OrganizationSelfReviewDue, DateOnly OrganizationDecisionDue)
{
    /// <summary>
    /// What the form offers before the office types its own dates: for a year, the December of that year (the month
    /// guidance since HD 20-HD/BTCTW names) — 10, 15 and 20 December for members, 20 and 31 December for organizations;
    /// for a quarter, the first weeks after it. DangVu's suggestion, not a rule.
    /// </summary>
    public static ReviewTimetable Suggested(ReviewPeriodKind kind, int year, int? quarter)
    {
        if (kind == ReviewPeriodKind.Yearly)
        {
            return new(new(year, 12, 10), new(year, 12, 15), new(year, 12, 20), new(year, 12, 20), new(year, 12, 31));
        }

        var end = ReviewPeriods.Covers(kind, year, quarter).To;
        return new(end.AddDays(5), end.AddDays(10), end.AddDays(15), end.AddDays(15), end.AddDays(25));
    }

    /// <summary>Why the dates do not make a timetable (Vietnamese), or null.</summary>
    public string? Problem(DateOnly periodStart) =>
        SelfReviewDue < periodStart ? "Hạn tự kiểm điểm phải sau ngày bắt đầu kỳ đánh giá."
        : ProposalDue < SelfReviewDue ? "Hạn chi bộ đề xuất không được trước hạn tự kiểm điểm."
        : DecisionDue < ProposalDue ? "Hạn cấp uỷ quyết định không được trước hạn chi bộ đề xuất."
        : OrganizationSelfReviewDue < periodStart ? "Hạn tổ chức đảng tự kiểm điểm phải sau ngày bắt đầu kỳ đánh giá."
        : OrganizationDecisionDue < OrganizationSelfReviewDue ? "Hạn quyết định xếp loại tổ chức không được trước hạn tổ chức tự kiểm điểm."
        : null;
}
