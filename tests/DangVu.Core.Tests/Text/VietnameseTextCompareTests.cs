using System.Text;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Text;

public sealed class VietnameseTextCompareTests
{
    // architecture.md: vi-VN sorts An, Ăn, Ấn, Bình, Dũng, Đức, Hoa, Hoà (Đ is its own letter after D).
    private static readonly string[] AlphabeticalNames = ["An", "Ăn", "Ấn", "Bình", "Dũng", "Đức", "Hoa", "Hoà"];

    public static TheoryData<string, string> AdjacentNames()
    {
        var data = new TheoryData<string, string>();
        for (var index = 1; index < AlphabeticalNames.Length; index++)
        {
            data.Add(AlphabeticalNames[index - 1], AlphabeticalNames[index]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdjacentNames))]
    public void Compare_AdjacentInAlphabet_LeftFirst(string left, string right)
    {
        Assert.True(VietnameseText.Compare(left, right) < 0, $"{left} should sort before {right}");
        Assert.True(VietnameseText.Compare(right, left) > 0, $"{right} should sort after {left}");
        Assert.True(VietnameseText.Comparer.Compare(left, right) < 0, $"Comparer: {left} should sort before {right}");
    }

    [Fact]
    public void Comparer_ReversedNames_AlphabeticalOrder()
    {
        var names = AlphabeticalNames.AsEnumerable().Reverse().ToList();

        names.Sort(VietnameseText.Comparer);

        Assert.Equal(AlphabeticalNames, names);
    }

    [Fact]
    public void Comparer_EveryDictionarySyllable_NonDecreasingByAlphabet()
    {
        // Shuffled first so an input that already happens to be in order proves nothing.
        var syllables = HunspellVietnamese.Syllables.ToArray();
        new Random(2008).Shuffle(syllables);

        Array.Sort(syllables, VietnameseText.Comparer);

        var failures = new List<string>();
        for (var index = 1; index < syllables.Length; index++)
        {
            if (VietnameseAlphabet.Compare(syllables[index - 1], syllables[index]) > 0)
            {
                failures.Add($"{syllables[index - 1]} sorted before {syllables[index]} (at {index})");
            }
        }

        Failures.AssertNone(failures, "adjacent syllables out of alphabetical order");
    }

    [Fact]
    public void Compare_DecomposedAndComposed_Equal()
    {
        // Text read from a file may be NFD; the order must not depend on it.
        Assert.Equal(0, VietnameseText.Compare("Nguyễn Văn Hoà", "Nguyễn Văn Hoà".Normalize(NormalizationForm.FormD)));
    }
}
