namespace DangVu.Core.Reviews;

/// <summary>How long a review period is: a year always; a quarter where the rule set asks for quarterly ratings.</summary>
public enum ReviewPeriodKind
{
    /// <summary>Kiểm điểm, đánh giá, xếp loại hằng năm.</summary>
    Yearly = 1,

    /// <summary>Đánh giá hằng quý.</summary>
    Quarterly = 2,
}
