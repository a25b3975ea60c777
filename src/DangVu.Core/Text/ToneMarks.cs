using System.Text;

namespace DangVu.Core.Text;

/// <summary>Moves the tone mark of one decomposed (NFD) syllable to its canonical vowel.</summary>
internal static class ToneMarks
{
    private const char Grave = '\u0300';
    private const char Acute = '\u0301';
    private const char Tilde = '\u0303';
    private const char Hook = '\u0309';
    private const char DotBelow = '\u0323';

    /// <summary>The open diphthongs whose tone is written on either vowel; canonical is the second.</summary>
    private static readonly string[] MovableNuclei = ["oa", "oe", "uy"];

    public static bool IsTone(char character) =>
        character is Grave or Acute or Tilde or Hook or DotBelow;

    public static void AppendCanonicalSyllable(StringBuilder output, ReadOnlySpan<char> syllable)
    {
        var tone = '\0';
        Span<char> buffer = syllable.Length <= 64 ? stackalloc char[syllable.Length] : new char[syllable.Length];
        var length = 0;
        foreach (var character in syllable)
        {
            // A syllable has one tone; a second one is not Vietnamese, so the text is kept as typed.
            if (IsTone(character) && tone == '\0')
            {
                tone = character;
                continue;
            }

            buffer[length++] = character;
        }

        var letters = buffer[..length];
        if (tone == '\0')
        {
            output.Append(letters);
            return;
        }

        var toneAfter = CanonicalTonePosition(letters);
        if (toneAfter < 0)
        {
            output.Append(syllable);
            return;
        }

        output.Append(letters[..(toneAfter + 1)]);
        output.Append(tone);
        output.Append(letters[(toneAfter + 1)..]);
    }

    /// <summary>
    /// Index of the character after which the tone goes, or -1 to leave the syllable as typed.
    /// Only the open nuclei oa, oe, uy move; every other syllable has one accepted placement and
    /// its mark already sits on it.
    /// </summary>
    private static int CanonicalTonePosition(ReadOnlySpan<char> letters)
    {
        foreach (var nucleus in MovableNuclei)
        {
            if (letters.Length < 2 || !EndsWithBareNucleus(letters, nucleus))
            {
                continue;
            }

            var first = letters.Length - 2;
            // "quy" is q + u (consonant) + y: its only vowel is y, where the mark already is.
            if (nucleus == "uy" && first > 0 && char.ToLowerInvariant(letters[first - 1]) == 'q')
            {
                return -1;
            }

            return letters.Length - 1;
        }

        return -1;
    }

    private static bool EndsWithBareNucleus(ReadOnlySpan<char> letters, string nucleus)
    {
        var first = letters.Length - 2;
        return char.ToLowerInvariant(letters[first]) == nucleus[0]
            && char.ToLowerInvariant(letters[first + 1]) == nucleus[1];
    }
}
