using DangVu.Core.Text;

namespace DangVu.Core.Tests.Text;

public sealed class FoldedPrefixRangesTests
{
    private static readonly string[] Words =
    [
        "An", "Ân", "Ăn", "Anh", "Ánh", "Bình", "Du", "Dục", "Dung", "Dũng", "Duy", "Dư", "Dương", "Đức", "Được", "Đa", "đu", "DUNG",
        "Hoa", "Hoà", "Hòa", "Hoá", "Hoài", "Hoàng", "Hoăng", "Hơn", "Hồng", "Hô", "hoa", "HOÀ", "Uyên", "Ưng", "Ư", "Yến", "Lê", "Lệ",
        "Nguyễn", "Nguyen", "Ngô", "Ông", "Ong", "Ơn", "Quỳnh", "X'Mơ", "K'Ho", "Ksor", "Đinh", "Thuỵ", "Thụy", "Khoẻ", "Khỏe",
    ];

    [Theory]
    [InlineData("a")]
    [InlineData("an")]
    [InlineData("d")]
    [InlineData("du")]
    [InlineData("duc")]
    [InlineData("duong")]
    [InlineData("hoa")]
    [InlineData("ho")]
    [InlineData("u")]
    [InlineData("ong")]
    [InlineData("nguyen")]
    [InlineData("thuy")]
    [InlineData("khoe")]
    [InlineData("k'")]
    [InlineData("z")]
    public void For_EveryWord_IsInARangeExactlyWhenItsKeyStartsWithThePrefix(string prefix)
    {
        var ranges = FoldedPrefixRanges.For(prefix)!;

        foreach (var word in Words)
        {
            var inRange = ranges.Count(range => VietnameseText.Compare(word, range.From) >= 0 && VietnameseText.Compare(word, range.Before) < 0);
            Assert.True(
                inRange == (VietnameseText.SearchKey(word).StartsWith(prefix, StringComparison.Ordinal) ? 1 : 0),
                $"{word} lies in {inRange} ranges of '{prefix}'");
        }
    }

    [Fact]
    public void For_Ranges_ComeInVietnameseOrderWithoutOverlap()
    {
        var ranges = FoldedPrefixRanges.For("duong")!;

        Assert.Equal(12, ranges.Count);
        Assert.Equal(["duong", "duông", "duơng", "dưong"], ranges.Take(4).Select(range => range.From));
        Assert.Equal("đương", ranges[^1].From);
        for (var index = 1; index < ranges.Count; index++)
        {
            Assert.True(VietnameseText.Compare(ranges[index - 1].Before, ranges[index].From) <= 0, $"{ranges[index - 1]} overlaps {ranges[index]}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("aoaoa")]
    public void For_EmptyOrTooManySpellings_IsNull(string prefix) =>
        Assert.Null(FoldedPrefixRanges.For(prefix));
}
