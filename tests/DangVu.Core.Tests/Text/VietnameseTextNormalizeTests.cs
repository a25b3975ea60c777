using System.Text;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Text;

public sealed class VietnameseTextNormalizeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n ")]
    public void Normalize_NullOrBlank_Empty(string? text)
    {
        Assert.Equal(string.Empty, VietnameseText.Normalize(text));
    }

    [Theory]
    [InlineData("  Nguyễn   Văn\tHoà  ", "Nguyễn Văn Hoà")]
    [InlineData("\nTrần\r\n\r\nThị  An\n", "Trần Thị An")]
    [InlineData("Lê\u00A0Đức", "Lê Đức")]
    public void Normalize_RunsOfWhiteSpace_CollapsedAndTrimmed(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(text));
    }

    [Theory]
    [InlineData("\u00D0ức", "Đức")]
    [InlineData("Minh \u00F0ạo", "Minh đạo")]
    public void Normalize_IcelandicEthForD_BecomesVietnameseD(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(text));
        Assert.Equal(VietnameseText.SearchKey(expected), VietnameseText.SearchKey(VietnameseText.Normalize(text)));
    }

    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("Hòa", "Hoà")]
    [InlineData("HÒA", "HOÀ")]
    [InlineData("ủy", "uỷ")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("Đảng ủy", "Đảng uỷ")]
    [InlineData("Tỉnh ủy Hòa Bình", "Tỉnh uỷ Hoà Bình")]
    public void Normalize_OldTonePlacement_MovedToSecondVowel(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(text));
    }

    [Theory]
    [InlineData("quý")]
    [InlineData("Quý")]
    [InlineData("QUÝ")]
    [InlineData("quỳnh")]
    [InlineData("hoàn")]
    [InlineData("khuyết")]
    public void Normalize_SingleAcceptedPlacement_Unchanged(string text)
    {
        Assert.Equal(text, VietnameseText.Normalize(text));
        Assert.Equal(text, VietnameseText.Normalize(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Đảng ủy, Hòa.", "Đảng uỷ, Hoà.")]
    [InlineData("(thủy)", "(thuỷ)")]
    [InlineData("Số 09-KH/ĐU về sức khỏe", "Số 09-KH/ĐU về sức khoẻ")]
    public void Normalize_WordsBesidePunctuation_EachWordCanonical(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(text));
    }

    [Fact]
    public void Normalize_DecomposedSentence_ComposedCanonical()
    {
        var decomposed = "Đảng ủy xã Hòa Bình".Normalize(NormalizationForm.FormD);

        var normalized = VietnameseText.Normalize(decomposed);

        Assert.Equal("Đảng uỷ xã Hoà Bình", normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
    }
}
