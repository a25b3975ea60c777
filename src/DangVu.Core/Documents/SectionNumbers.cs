using System.Globalization;

namespace DangVu.Core.Documents;

/// <summary>How sections are numbered: Roman numerals ("I-", "II.") and parts ("Phần I", "PHẦN THỨ HAI").</summary>
internal static class SectionNumbers
{
    /// <summary>
    /// Whether the folded line starts with a section numeral and its mark ("i- ", "ii. ", "iv) "); how long the
    /// numeral is and where the heading starts.
    /// </summary>
    public static bool SectionPrefix(ReadOnlySpan<char> folded, out int numeralLength, out int prefixLength)
    {
        numeralLength = folded.IndexOfAnyExcept("ivxl");
        prefixLength = 0;
        if (numeralLength is <= 0 or > 7)
        {
            return false;
        }

        var index = numeralLength;
        while (index < folded.Length && folded[index] is ' ' or '\t')
        {
            index++;
        }

        if (index >= folded.Length || folded[index] is not ('-' or '–' or '—' or '.' or ')' or ':'))
        {
            return false;
        }

        index++;
        while (index < folded.Length && folded[index] is ' ' or '\t')
        {
            index++;
        }

        prefixLength = index;
        return true;
    }

    /// <summary>
    /// Whether the folded line opens a part: "phan i", "phan ii:", "phan thu nhat -", "phan thu hai"; its number and where
    /// its heading starts.
    /// </summary>
    public static bool PartPrefix(ReadOnlySpan<char> folded, out int value, out int prefixLength)
    {
        value = 0;
        prefixLength = 0;
        if (!folded.StartsWith("phan ", StringComparison.Ordinal))
        {
            return false;
        }

        var index = 5;
        while (index < folded.Length && folded[index] == ' ')
        {
            index++;
        }

        var rest = folded[index..];
        var length = 0;
        if (rest.StartsWith("thu ", StringComparison.Ordinal))
        {
            foreach (var (word, number) in Ordinals)
            {
                if (rest[4..].StartsWith(word, StringComparison.Ordinal) && (rest.Length == 4 + word.Length || !char.IsLetter(rest[4 + word.Length])))
                {
                    value = number;
                    length = 4 + word.Length;
                    break;
                }
            }
        }
        else
        {
            length = rest.IndexOfAnyExcept("ivxl");
            length = length < 0 ? rest.Length : length;
            value = length is > 0 and <= 7 && (length == rest.Length || !char.IsLetter(rest[length])) ? RomanValue(rest[..length]) : 0;
        }

        if (value == 0)
        {
            return false;
        }

        index += length;
        while (index < folded.Length && folded[index] is ' ' or '\t' or ':' or '.' or '-' or '–' or '—')
        {
            index++;
        }

        prefixLength = index;
        return true;
    }

    /// <summary>"thứ nhất" … "thứ mười", folded.</summary>
    private static readonly (string Word, int Number)[] Ordinals =
        [("nhat", 1), ("hai", 2), ("ba", 3), ("tu", 4), ("nam", 5), ("sau", 6), ("bay", 7), ("tam", 8), ("chin", 9), ("muoi", 10)];

    /// <summary>A number as a Roman numeral (parts are numbered I, II, … whatever the text wrote).</summary>
    public static string Roman(int value) => value switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        8 => "VIII",
        9 => "IX",
        10 => "X",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The value of a Roman numeral (folded, lower case), or 0 when it is not one.</summary>
    public static int RomanValue(ReadOnlySpan<char> numeral)
    {
        var total = 0;
        var previous = 0;
        for (var index = numeral.Length - 1; index >= 0; index--)
        {
            var value = numeral[index] switch
            {
                'i' => 1,
                'v' => 5,
                'x' => 10,
                'l' => 50,
                _ => 0,
            };
            if (value == 0)
            {
                return 0;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }
}
