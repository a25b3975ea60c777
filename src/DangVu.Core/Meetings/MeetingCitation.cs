using DangVu.Core.Rules;

namespace DangVu.Core.Meetings;

/// <summary>How meeting flags and refusals name the rule they apply.</summary>
public static class MeetingCitation
{
    /// <summary>"Quy định: sinh hoạt chuyên đề — Chỉ thị 50-CT/TW ngày 23/07/2025 (chưa xác nhận)."</summary>
    public static string Cite<T>(RuleTopic<T> topic, RuleValue<T> value) =>
        $"Quy định: {topic.Title.ToLowerInvariant()} — {value.Source.Citation}{(value.IsConfirmed ? "" : " (chưa xác nhận)")}.";
}
