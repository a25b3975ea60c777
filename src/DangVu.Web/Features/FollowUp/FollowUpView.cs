using System.Globalization;
using DangVu.Core.FollowUp;

namespace DangVu.Web.Features.FollowUp;

/// <summary>What the follow-up pages share: a state's CSS class, percentages, dates typed in forms.</summary>
public static class FollowUpView
{
    public static string StateClass(TaskState state) => "state state-" + state.ToString().ToLowerInvariant();

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + "%" : "—";

    /// <summary>A bar's width in the 0–100 viewBox.</summary>
    public static string Share(double? rate) => ((rate ?? 0) * 100).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date typed as dd/mm/yyyy (or ISO), or null for blank or nonsense.</summary>
    public static DateOnly? Date(string? text) => Core.Text.VietnameseDates.TryParse(text, out var date) ? date : null;

    public static string Size(long bytes) => bytes < 1024 ? $"{bytes} B" : bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
