using System.Text;

namespace DangVu.Core.Text;

/// <summary>
/// Where the words whose search key starts with a folded prefix lie in Vietnamese alphabetical order. Folding merges
/// letters the alphabet keeps apart (a ă â, d đ, e ê, o ô ơ, u ư), so "du" is found in four places — Du…, Dư…, Đu…,
/// Đư… — while tones and case only reorder words inside each place. A database seeks each range on its
/// Vietnamese-ordered index and stops after a page of rows, instead of sorting every match.
/// </summary>
public static class FoldedPrefixRanges
{
    /// <summary>Beyond this many spellings a prefix is searched without the ranges (see <see cref="For"/>).</summary>
    public const int MaxRanges = 36;

    // Sorts after every letter in ICU's root collation, which the vi tailoring keeps: the end of a prefix's range.
    private const char AfterEveryLetter = '\uffff';

    private static readonly Dictionary<char, string> SpellingsOfFoldedLetter = new()
    {
        ['a'] = "aăâ",
        ['d'] = "dđ",
        ['e'] = "eê",
        ['o'] = "oôơ",
        ['u'] = "uư",
    };

    /// <summary>
    /// The ranges, in Vietnamese order and disjoint, that together hold exactly the words whose
    /// <see cref="VietnameseText.SearchKey"/> starts with <paramref name="foldedPrefix"/>; null when the prefix has more
    /// than <see cref="MaxRanges"/> spellings or is empty.
    /// </summary>
    /// <param name="foldedPrefix">A search key (lower case, without marks).</param>
    public static IReadOnlyList<CollationRange>? For(string foldedPrefix)
    {
        ArgumentNullException.ThrowIfNull(foldedPrefix);
        var letters = foldedPrefix.Select(letter => SpellingsOfFoldedLetter.GetValueOrDefault(letter, letter.ToString())).ToArray();
        var count = letters.Aggregate(1L, (product, spellings) => product * spellings.Length);
        if (foldedPrefix.Length == 0 || count > MaxRanges)
        {
            return null;
        }

        var ranges = new List<CollationRange>((int)count);
        AddSpellings(letters, 0, new StringBuilder(foldedPrefix.Length), ranges);
        return ranges;
    }

    // Letters are expanded in alphabet order, position by position, so the spellings come out in collation order.
    private static void AddSpellings(string[] letters, int position, StringBuilder spelling, List<CollationRange> ranges)
    {
        if (position == letters.Length)
        {
            var from = spelling.ToString();
            ranges.Add(new CollationRange(from, from + AfterEveryLetter));
            return;
        }

        foreach (var letter in letters[position])
        {
            spelling.Append(letter);
            AddSpellings(letters, position + 1, spelling, ranges);
            spelling.Length--;
        }
    }
}

/// <summary>A range of Vietnamese collation order: from <paramref name="From"/> (inclusive) up to <paramref name="Before"/>.</summary>
/// <param name="From">The lowest string of the range: the spelling in lower case without tones.</param>
/// <param name="Before">The first string after the range.</param>
public readonly record struct CollationRange(string From, string Before);
