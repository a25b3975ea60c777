using System.Globalization;
using System.Text.Json;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Core.Text;

namespace DangVu.Data.Reviews;

/// <summary>A self-review checked against the rule set: its total points, the level they reach, the scores as stored, or the refusals.</summary>
internal sealed record ScoredSelfReview(decimal? Points, RatingLevel? Level, string? ScoresJson, string? Text, string? Achievements, IReadOnlyList<string> Refusals);

/// <summary>
/// Points → level by the rule set of the period: every criterion scored within its maximum where the rules score members'
/// ratings. Organizations (whose criteria DangVu does not hold) and eras without points name their level instead.
/// </summary>
internal static class SelfReviewScoring
{
    public static ScoredSelfReview Score(RuleSet rules, SelfReviewRequest request, bool scored = true)
    {
        var refusals = new List<string>();
        var text = Clean(request.Text);
        var achievements = Clean(request.Achievements);
        if (text is null)
        {
            refusals.Add("Hãy viết bản tự kiểm điểm (ưu điểm, hạn chế, hướng khắc phục).");
        }
        else if (text.Length > ReviewLimits.Text || achievements?.Length > ReviewLimits.Text)
        {
            refusals.Add($"Bản tự kiểm điểm và thành tích dài tối đa {ReviewLimits.Text} ký tự mỗi phần.");
        }

        if (request.TasksDonePercent is < 0 or > 100 || request.TasksExceededPercent is < 0 or > 100)
        {
            refusals.Add("Tỷ lệ nhiệm vụ phải từ 0 đến 100%.");
        }

        var criteria = rules.ReviewCriteria.Value;
        if (criteria.MaximumPoints is null || !scored)
        {
            if (request.Level is null)
            {
                refusals.Add("Hãy tự nhận mức xếp loại.");
            }

            return new(null, request.Level, null, text, achievements, refusals);
        }

        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var criterion in criteria.Criteria)
        {
            if (request.Scores?.TryGetValue(criterion.Key, out var score) != true)
            {
                refusals.Add($"Hãy chấm điểm nội dung “{criterion.Title}”.");
            }
            else if (score < 0 || score > criterion.MaximumPoints)
            {
                refusals.Add($"Điểm nội dung “{criterion.Title}” phải từ 0 đến {criterion.MaximumPoints}.");
            }
            else
            {
                scores[criterion.Key] = score;
            }
        }

        if (refusals.Count > 0)
        {
            return new(null, null, null, text, achievements, refusals);
        }

        var points = scores.Values.Sum();
        var scale = rules.RatingPoints.Value!;
        var tasksMet = request.TasksDonePercent >= scale.ExcellentTasksDonePercent && request.TasksExceededPercent >= scale.ExcellentTasksExceededPercent;
        var level = RatingScale.LevelFor(rules, points, tasksMet);
        return new(points, level, JsonSerializer.Serialize(scores), text, achievements, []);
    }

    /// <summary>The scores stored with a self-review, by criterion key.</summary>
    public static IReadOnlyDictionary<string, decimal> Scores(string? json) =>
        json is null ? new Dictionary<string, decimal>() : JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [];

    public static string? Clean(string? text) => VietnameseText.Normalize(text) is { Length: > 0 } clean ? clean : null;

    public static string Points(decimal points) => points.ToString("0.#", CultureInfo.InvariantCulture);
}
