using System.Text;

namespace DangVu.Core.Tests.Text;

/// <summary>
/// The oracles and the word list are themselves checked, so a broken helper cannot make
/// the dictionary-wide tests pass vacuously.
/// </summary>
public sealed class OracleTests
{
    [Fact]
    public void Syllables_DebianWordList_AllDeclaredLinesReadAsNfc()
    {
        var syllables = HunspellVietnamese.Syllables;

        Assert.Equal(HunspellVietnamese.DeclaredCount, syllables.Count);
        Assert.All(syllables, word => Assert.True(word.IsNormalized(NormalizationForm.FormC), word));
        Assert.Contains("hoà", syllables);
        Assert.Contains("thuỷ", syllables);
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("uỷ", "ủy")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("HOÀ", "HÒA")]
    public void Move_OpenNucleus_PutsToneOnFirstVowel(string canonical, string old)
    {
        Assert.Equal(old, OldTonePlacement.Move(canonical));
    }

    [Theory]
    [InlineData("quý")]
    [InlineData("hoàn")]
    [InlineData("khuyết")]
    [InlineData("hoa")]
    [InlineData("bà")]
    public void Move_NoMovableTone_ReturnsNull(string syllable)
    {
        Assert.Null(OldTonePlacement.Move(syllable));
    }

    [Fact]
    public void Move_DebianWordList_FindsManyMovableSyllables()
    {
        // The list has several dozen open oa/oe/uy syllables with a tone; far fewer means the oracle broke.
        var movable = HunspellVietnamese.Syllables.Count(word => OldTonePlacement.Move(word) is not null);

        Assert.InRange(movable, 50, 200);
    }

    [Theory]
    [InlineData("a", "ă")]
    [InlineData("ă", "â")]
    [InlineData("d", "đ")]
    [InlineData("đ", "e")]
    [InlineData("ư", "v")]
    [InlineData("an", "anh")]
    [InlineData("hoàn", "hoc")]
    public void Compare_AlphabetOrder_LeftFirst(string left, string right)
    {
        Assert.True(VietnameseAlphabet.Compare(left, right) < 0);
        Assert.True(VietnameseAlphabet.Compare(right, left) > 0);
    }

    [Theory]
    [InlineData("hoa", "hoà")]
    [InlineData("Hoa", "hoạ")]
    public void Compare_ToneOrCaseOnly_Equal(string left, string right)
    {
        Assert.Equal(0, VietnameseAlphabet.Compare(left, right));
    }
}
