namespace DangVu.Core.Reviews;

/// <summary>
/// The three steps of a rating. Members: self-review → the cell's assessment and proposed level → the grassroots
/// committee's decision. Organizations: the same one level up (its own self-review → the committee above proposes → decides).
/// </summary>
public enum ReviewStage
{
    /// <summary>Tự kiểm điểm.</summary>
    SelfReview = 1,

    /// <summary>Chi bộ (cấp trên) nhận xét, đề xuất mức xếp loại.</summary>
    Proposal = 2,

    /// <summary>Cấp uỷ có thẩm quyền quyết định xếp loại.</summary>
    Decision = 3,
}

/// <summary>Vietnamese names of the review steps.</summary>
public static class ReviewStages
{
    /// <summary>Every step in order.</summary>
    public static IReadOnlyList<ReviewStage> All { get; } = [ReviewStage.SelfReview, ReviewStage.Proposal, ReviewStage.Decision];

    /// <summary>The step's name for members.</summary>
    public static string MemberTitle(ReviewStage stage) => stage switch
    {
        ReviewStage.SelfReview => "Đảng viên tự kiểm điểm",
        ReviewStage.Proposal => "Chi bộ nhận xét, đề xuất",
        _ => "Cấp uỷ cơ sở quyết định",
    };

    /// <summary>The step's name for organizations.</summary>
    public static string OrganizationTitle(ReviewStage stage) => stage switch
    {
        ReviewStage.SelfReview => "Tổ chức đảng tự kiểm điểm",
        ReviewStage.Proposal => "Cấp uỷ cấp trên nhận xét, đề xuất",
        _ => "Cấp uỷ cấp trên quyết định",
    };
}
