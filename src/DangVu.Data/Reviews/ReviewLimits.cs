namespace DangVu.Data.Reviews;

/// <summary>Column sizes of the review's free text, shared by the checks and the schema.</summary>
public static class ReviewLimits
{
    public const int Text = 4000;

    public const int Reason = 1000;
}
