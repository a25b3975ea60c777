using System.Text;
using System.Text.RegularExpressions;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Text;

/// <summary>
/// Normalisation and search keys over every syllable of Debian's hunspell-vi list, which is written
/// in the canonical placement (hoà, uỷ, thuỷ): typed variants of each must come back to it.
/// </summary>
public sealed partial class VietnameseTextDictionaryTests
{
    [Fact]
    public void Normalize_EverySyllable_Unchanged()
    {
        AssertNormalizesTo(word => word, word => word);
    }

    [Fact]
    public void Normalize_EverySyllableDecomposed_Canonical()
    {
        AssertNormalizesTo(word => word.Normalize(NormalizationForm.FormD), word => word);
    }

    [Fact]
    public void Normalize_EverySyllableWithOldTonePlacement_Canonical()
    {
        AssertNormalizesTo(OldTonePlacement.Move, word => word);
    }

    [Fact]
    public void Normalize_EverySyllableOldPlacementDecomposed_Canonical()
    {
        AssertNormalizesTo(word => OldTonePlacement.Move(word)?.Normalize(NormalizationForm.FormD), word => word);
    }

    [Fact]
    public void Normalize_EverySyllableUpperCase_UpperCaseOfCanonical()
    {
        AssertNormalizesTo(word => word.ToUpperInvariant(), word => word.ToUpperInvariant());
        AssertNormalizesTo(word => word.Normalize(NormalizationForm.FormD).ToUpperInvariant(), word => word.ToUpperInvariant());
        AssertNormalizesTo(word => OldTonePlacement.Move(word)?.ToUpperInvariant(), word => word.ToUpperInvariant());
    }

    [Fact]
    public void Normalize_EverySyllableCapitalizedOldPlacement_CapitalizedCanonical()
    {
        // "Ủy ban" at the start of a sentence: the capital is the vowel that loses the mark.
        AssertNormalizesTo(word => OldTonePlacement.Move(word) is { } old ? Capitalize(old) : null, Capitalize);
    }

    [Fact]
    public void Normalize_EveryForm_Idempotent()
    {
        var failures = Forms()
            .Select(form => (Form: form, Once: VietnameseText.Normalize(form)))
            .Where(pair => VietnameseText.Normalize(pair.Once) != pair.Once)
            .Select(pair => $"{Failures.Show(pair.Form)} → {Failures.Show(pair.Once)} → {Failures.Show(VietnameseText.Normalize(pair.Once))}")
            .ToList();

        Failures.AssertNone(failures, "forms change on a second Normalize");
    }

    [Fact]
    public void SearchKey_EverySyllableInEveryForm_OneLowerAsciiKey()
    {
        var failures = new List<string>();
        foreach (var word in HunspellVietnamese.Syllables)
        {
            var expected = VietnameseAlphabet.Fold(word);
            if (!LowerAscii().IsMatch(expected))
            {
                failures.Add($"oracle gave {Failures.Show(expected)} for {Failures.Show(word)}");
                continue;
            }

            foreach (var form in FormsOf(word))
            {
                var key = VietnameseText.SearchKey(form);
                if (key != expected)
                {
                    failures.Add($"{Failures.Show(form)}: expected {Failures.Show(expected)}, got {Failures.Show(key)}");
                }
            }
        }

        Failures.AssertNone(failures, "search keys differ from the folded syllable");
    }

    private static void AssertNormalizesTo(Func<string, string?> variant, Func<string, string> expected)
    {
        var failures = new List<string>();
        foreach (var word in HunspellVietnamese.Syllables)
        {
            // A null variant means the transform does not apply to this syllable (nothing to move).
            if (variant(word) is not { } input)
            {
                continue;
            }

            var actual = VietnameseText.Normalize(input);
            if (actual != expected(word))
            {
                failures.Add($"{Failures.Show(input)}: expected {Failures.Show(expected(word))}, got {Failures.Show(actual)}");
            }
        }

        Failures.AssertNone(failures, "syllables normalise wrongly");
    }

    private static IEnumerable<string> Forms() => HunspellVietnamese.Syllables.SelectMany(FormsOf);

    private static IEnumerable<string> FormsOf(string word)
    {
        yield return word;
        yield return word.Normalize(NormalizationForm.FormD);
        yield return word.ToUpperInvariant();
        yield return Capitalize(word);
        if (OldTonePlacement.Move(word) is { } old)
        {
            yield return old;
            yield return old.Normalize(NormalizationForm.FormD);
            yield return old.ToUpperInvariant();
            yield return Capitalize(old);
        }
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex LowerAscii();
}
