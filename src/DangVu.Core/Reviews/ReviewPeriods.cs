using DangVu.Core.Rules;

namespace DangVu.Core.Reviews;

/// <summary>What a review period covers and whether the rules of its date allow it.</summary>
public static class ReviewPeriods
{
    /// <summary>The first and last day the period covers (a calendar year, or a quarter of it).</summary>
    public static (DateOnly From, DateOnly To) Covers(ReviewPeriodKind kind, int year, int? quarter)
    {
        if (kind == ReviewPeriodKind.Yearly)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var first = new DateOnly(year, ((quarter ?? 1) - 1) * 3 + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>"năm 2025" or "quý III năm 2025".</summary>
    public static string Name(ReviewPeriodKind kind, int year, int? quarter) =>
        kind == ReviewPeriodKind.Yearly ? $"năm {year}" : $"quý {Roman(quarter ?? 1)} năm {year}";

    /// <summary>
    /// The rule set a period is judged by: the one in force on its last day (a review of 2008 by the rules of December
    /// 2008, when it is held).
    /// </summary>
    public static RuleSet RulesOf(RuleBook book, ReviewPeriodKind kind, int year, int? quarter) => book.On(Covers(kind, year, quarter).To);

    /// <summary>Why the period may not be opened (Vietnamese, naming the rule), or null.</summary>
    public static string? Refusal(RuleBook book, ReviewPeriodKind kind, int year, int? quarter)
    {
        if (kind == ReviewPeriodKind.Quarterly && quarter is not (>= 1 and <= 4))
        {
            return "Hãy chọn quý (I đến IV).";
        }

        var (_, to) = Covers(kind, year, quarter);
        if (book.Uncovered(to) is { } uncovered)
        {
            return uncovered;
        }

        var rules = book.On(to);
        if (kind == ReviewPeriodKind.Quarterly && !rules.QuarterlyRating.Value)
        {
            var source = rules.QuarterlyRating.Source;
            return $"Quy định thời kỳ này chỉ đánh giá, xếp loại hằng năm, không đánh giá theo quý. Quy định: {RuleTopics.QuarterlyRating.Title.ToLowerInvariant()} — {source.Citation}{(source.IsConfirmed ? "" : " (chưa xác nhận)")}.";
        }

        return null;
    }

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
