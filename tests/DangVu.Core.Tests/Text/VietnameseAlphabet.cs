using System.Text;

namespace DangVu.Core.Tests.Text;

/// <summary>
/// Primary-level Vietnamese alphabetical order, written from the alphabet itself rather than from ICU,
/// to check the product's ICU-based comparer.
/// </summary>
internal static class VietnameseAlphabet
{
    // f, j, w, z are not Vietnamese letters but occur in loanwords (web, JPEG, PDF); they keep their Latin places.
    private const string Letters = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    // The same letters with their marks dropped and đ folded to d, as a search key spells them.
    private const string Folded = "aaabcddeefghijklmnooopqrstuuvwxyz";

    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>Compares letter by letter, ignoring tone and case; a prefix sorts first.</summary>
    public static int Compare(string left, string right)
    {
        var leftLetters = LetterIndexes(left);
        var rightLetters = LetterIndexes(right);
        for (var index = 0; index < Math.Min(leftLetters.Count, rightLetters.Count); index++)
        {
            if (leftLetters[index] != rightLetters[index])
            {
                return leftLetters[index].CompareTo(rightLetters[index]);
            }
        }

        return leftLetters.Count.CompareTo(rightLetters.Count);
    }

    /// <summary>The word in lower-case ASCII letters: marks dropped, đ as d.</summary>
    public static string Fold(string word) =>
        string.Concat(LetterIndexes(word).Select(index => Folded[index]));

    private static List<int> LetterIndexes(string word)
    {
        // Dropping the tones and recomposing leaves each letter (ă, ơ, ê …) as one character.
        var toneless = new string(word.Normalize(NormalizationForm.FormD).Where(c => !Tones.Contains(c)).ToArray())
            .Normalize(NormalizationForm.FormC)
            .ToLowerInvariant();
        return toneless
            .Select(letter => Letters.IndexOf(letter) is var index and >= 0
                ? index
                : throw new ArgumentException($"'{letter}' in \"{word}\" is not in the alphabet.", nameof(word)))
            .ToList();
    }
}
