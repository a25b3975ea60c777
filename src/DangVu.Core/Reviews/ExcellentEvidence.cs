using DangVu.Core.Rules;

namespace DangVu.Core.Reviews;

/// <summary>What a rating of "excellent" rests on: its points, the share of tasks done and exceeded, the achievements written down.</summary>
/// <param name="Points">The points, where the rules score ratings.</param>
/// <param name="TasksDonePercent">The share of tasks done (0–100).</param>
/// <param name="TasksExceededPercent">The share of tasks done beyond what was asked (0–100).</param>
/// <param name="Achievements">The outstanding achievements, as written.</param>
public sealed record ExcellentEvidence(decimal? Points, int? TasksDonePercent, int? TasksExceededPercent, string? Achievements)
{
    /// <summary>
    /// What the rule set asks of "excellent" that this evidence lacks, one Vietnamese sentence each; empty when it has all.
    /// The last sentence names the rule and its source.
    /// </summary>
    public IReadOnlyList<string> Missing(RuleSet rules)
    {
        var missing = new List<string>();
        var excellent = RatingScale.Name(rules, RatingLevel.Excellent);
        if (rules.RatingPoints.Value is { } scale)
        {
            if (Points is not { } points)
            {
                missing.Add($"Chưa có điểm (mức “{excellent}” cần từ {scale.Excellent} điểm).");
            }
            else if (points < scale.Excellent)
            {
                missing.Add($"Được {points:0.#} điểm, chưa đủ {scale.Excellent} điểm của mức “{excellent}”.");
            }

            if (TasksDonePercent is not { } done || done < scale.ExcellentTasksDonePercent)
            {
                missing.Add($"Tỷ lệ nhiệm vụ hoàn thành {(TasksDonePercent is { } d ? $"{d}%" : "chưa ghi")}, cần {scale.ExcellentTasksDonePercent}%.");
            }

            if (TasksExceededPercent is not { } exceeded || exceeded < scale.ExcellentTasksExceededPercent)
            {
                missing.Add($"Tỷ lệ nhiệm vụ vượt mức {(TasksExceededPercent is { } e ? $"{e}%" : "chưa ghi")}, cần ít nhất {scale.ExcellentTasksExceededPercent}%.");
            }
        }

        if (rules.ExcellentEvidence.Value.AchievementNoteRequired && string.IsNullOrWhiteSpace(Achievements))
        {
            missing.Add("Chưa ghi thành tích nổi bật làm căn cứ.");
        }

        if (missing.Count > 0)
        {
            var source = rules.ExcellentEvidence.Source;
            missing.Add($"Quy định: {rules.ExcellentEvidence.Value.Description} — {source.Citation}{(source.IsConfirmed ? "" : " (chưa xác nhận)")}.");
        }

        return missing;
    }
}
