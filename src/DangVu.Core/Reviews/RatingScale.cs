using DangVu.Core.Rules;

namespace DangVu.Core.Reviews;

/// <summary>Points → level by the rule set, and the names of the levels in its era.</summary>
public static class RatingScale
{
    /// <summary>The level a score reaches by the rule set's points scale; null where the set scores no ratings.</summary>
    public static RatingLevel? LevelFor(RuleSet rules, decimal points, bool excellentConditionsMet = true) =>
        rules.RatingPoints.Value?.Level(points, excellentConditionsMet);

    /// <summary>The level's name in the era of <paramref name="rules"/> ("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ" in 2008).</summary>
    public static string Name(RuleSet rules, RatingLevel level) => rules.RatingLevels.Value.Name(level);

    /// <summary>How many levels <paramref name="to"/> is above <paramref name="from"/> (negative when below).</summary>
    public static int StepsUp(RatingLevel from, RatingLevel to) => (int)from - (int)to;

    /// <summary>Good or Excellent.</summary>
    public static bool IsGoodOrBetter(RatingLevel level) => level is RatingLevel.Excellent or RatingLevel.Good;

    /// <summary>The four levels, best first.</summary>
    public static IReadOnlyList<RatingLevel> Levels { get; } = [RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed, RatingLevel.NotCompleted];
}
