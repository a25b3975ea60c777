namespace DangVu.Data.FollowUp;

/// <summary>Column sizes of the follow-up tables, shared with the checks.</summary>
public static class FollowUpLimits
{
    public const int Title = 300;
    public const int SourceText = 20000;
    public const int SourceKey = 100;
    public const int NumberSymbol = 100;
    public const int SourceTitle = 500;
    public const int Paragraph = 50;
    public const int ReportText = 8000;
    public const int Figures = 2000;
    public const int MaxCooperators = 20;
    public const int MaxSplitParts = 20;
}
