using DangVu.Core.FollowUp;

namespace DangVu.Core.Tests.FollowUp;

public sealed class ReminderDaysTests
{
    [Theory]
    [InlineData(null, new[] { 7, 1 })]
    [InlineData("  ", new[] { 7, 1 })]
    [InlineData("1, 7", new[] { 7, 1 })]
    [InlineData("14;3 3", new[] { 14, 3 })]
    [InlineData("30", new[] { 30 })]
    public void Parse_Lists_AreReadLargestFirstWithoutRepeats(string? text, int[] expected)
    {
        var (days, problem) = ReminderDays.Parse(text);

        Assert.Null(problem);
        Assert.Equal(expected, days);
        Assert.Equal(string.Join(",", expected), ReminderDays.Format(days));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("366")]
    [InlineData("bảy")]
    [InlineData("1,2,3,4,5,6")]
    public void Parse_Nonsense_IsRefusedInVietnamese(string text)
    {
        var (days, problem) = ReminderDays.Parse(text);

        Assert.Empty(days);
        Assert.Contains("nhắc trước hạn", problem, StringComparison.Ordinal);
    }
}
