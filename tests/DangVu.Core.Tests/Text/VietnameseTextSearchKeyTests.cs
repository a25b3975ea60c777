using System.Text;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Text;

public sealed class VietnameseTextSearchKeyTests
{
    [Theory]
    [InlineData("nguyen van hoa")]
    [InlineData("NGUYEN VAN HOA")]
    [InlineData("Nguyễn Văn Hòa")]
    [InlineData("  nguyễn   VĂN  hoà ")]
    public void SearchKey_TypedVariants_FindCanonicalName(string query)
    {
        var stored = VietnameseText.SearchKey("Nguyễn Văn Hoà");

        Assert.Equal("nguyen van hoa", stored);
        Assert.Equal(stored, VietnameseText.SearchKey(query));
    }

    [Fact]
    public void SearchKey_DecomposedName_SameKey()
    {
        var decomposed = "Nguyễn Văn Hoà".Normalize(NormalizationForm.FormD);

        Assert.Equal("nguyen van hoa", VietnameseText.SearchKey(decomposed));
    }

    [Theory]
    [InlineData("Đảng uỷ")]
    [InlineData("Đảng ủy")]
    [InlineData("ĐẢNG ỦY")]
    [InlineData("dang uy")]
    public void SearchKey_BothPlacementsAndDStroke_FoldToAscii(string text)
    {
        Assert.Equal("dang uy", VietnameseText.SearchKey(text));
    }

    [Fact]
    public void SearchKey_Null_Empty()
    {
        Assert.Equal(string.Empty, VietnameseText.SearchKey(null));
    }

    [Fact]
    public void SearchKey_DifferentNames_DifferentKeys()
    {
        // Folding must not be so coarse that distinct names collide.
        Assert.NotEqual(VietnameseText.SearchKey("Nguyễn Văn Hoà"), VietnameseText.SearchKey("Nguyễn Văn Hoan"));
    }
}
