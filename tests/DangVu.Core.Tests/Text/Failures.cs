using System.Globalization;

namespace DangVu.Core.Tests.Text;

/// <summary>Reports every failing syllable at once, so one run shows the whole pattern of a bug.</summary>
internal static class Failures
{
    private const int Shown = 25;

    public static void AssertNone(IReadOnlyCollection<string> failures, string what)
    {
        if (failures.Count == 0)
        {
            return;
        }

        Assert.Fail(
            $"{failures.Count} {what}; first {Math.Min(Shown, failures.Count)}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures.Take(Shown)));
    }

    /// <summary>A string with its code points, since NFC and NFD forms look alike when printed.</summary>
    public static string Show(string? text) =>
        text is null
            ? "null"
            : $"\"{text}\" [{string.Join(' ', text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}]";
}
