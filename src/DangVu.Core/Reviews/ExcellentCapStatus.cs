using DangVu.Core.Rules;

namespace DangVu.Core.Reviews;

/// <summary>
/// The cap on "excellent" in one grassroots organization as a decision would leave it: how many are rated excellent and
/// good, the most the rule set allows, and whether the count is over it.
/// </summary>
/// <param name="Excellent">Rated (or about to be rated) excellent.</param>
/// <param name="Good">Rated good.</param>
/// <param name="Maximum">The most the rule allows; null where no cap applies.</param>
/// <param name="Rule">The cap and its source.</param>
public sealed record ExcellentCapStatus(int Excellent, int Good, int? Maximum, RuleValue<Fraction?> Rule)
{
    /// <summary>The status of the counts under the rules of <paramref name="rules"/>.</summary>
    public static ExcellentCapStatus Of(RuleSet rules, int excellent, int good) =>
        new(excellent, good, rules.MaximumExcellent(good), rules.ExcellentCap);

    /// <summary>True when more are rated excellent than the cap allows.</summary>
    public bool IsOver => Maximum is { } maximum && Excellent > maximum;

    /// <summary>The status with one more rated excellent (the decision being considered).</summary>
    public ExcellentCapStatus WithOneMoreExcellent(bool wasGood) => this with { Excellent = Excellent + 1, Good = wasGood ? Good - 1 : Good };

    /// <summary>One Vietnamese line for the committee, naming the rule and its source.</summary>
    public string Describe()
    {
        if (Rule.Value is not { } share)
        {
            return $"{Excellent} hoàn thành xuất sắc, {Good} hoàn thành tốt; thời kỳ này không giới hạn số hoàn thành xuất sắc ({Rule.Source.Citation}{(Rule.IsConfirmed ? "" : ", chưa xác nhận")}).";
        }

        var state = IsOver ? $"VƯỢT giới hạn {Excellent - Maximum} người" : "trong giới hạn";
        return $"{Excellent} hoàn thành xuất sắc / {Good} hoàn thành tốt: tối đa {Maximum} ({share.ToVietnamese()} số hoàn thành tốt) — {state}. "
            + $"Quy định: {Rule.Source.Citation}{(Rule.IsConfirmed ? "" : " (chưa xác nhận)")}.";
    }
}
