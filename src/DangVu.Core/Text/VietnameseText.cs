using System.Globalization;
using System.Text;

namespace DangVu.Core.Text;

/// <summary>
/// Canonical form, search keys and ordering for Vietnamese text.
/// Every string that enters DangVu from a user or a file goes through <see cref="Normalize"/>.
/// </summary>
public static class VietnameseText
{
    /// <summary>The culture whose ICU collation gives Vietnamese alphabetical order (a ă â b c d đ e ê …).</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Labels are a fixed set of constants, so their keys are folded once (imports match every row against them).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> LabelKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// NFC with one tone placement: in the open syllables oa, oe and uy the tone mark sits on the
    /// second vowel (hoà, khoẻ, uỷ, thuỵ), as the Ministry of Education's 2018 rule and Debian's
    /// hunspell-vi list write them. Trims and collapses runs of white space; null becomes empty. The Icelandic
    /// eth (Ð, ð), which legacy-font conversions and some generators put for đ, becomes Đ/đ.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (IsPlainAscii(text))
        {
            // Dates, codes, numbers and unaccented words: no marks to place, nothing to compose.
            return text;
        }

        var decomposed = text.Replace('\u00D0', '\u0110').Replace('\u00F0', '\u0111').Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        var index = 0;
        while (index < decomposed.Length)
        {
            var character = decomposed[index];
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = output.Length > 0;
                index++;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            if (!IsWordCharacter(character))
            {
                output.Append(character);
                index++;
                continue;
            }

            var end = index;
            while (end < decomposed.Length && IsWordCharacter(decomposed[end]))
            {
                end++;
            }

            ToneMarks.AppendCanonicalSyllable(output, decomposed.AsSpan(index, end - index));
            index = end;
        }

        return output.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A key for accent-, case- and tone-placement-insensitive search: marks dropped, đ folded to d,
    /// lower case, single spaces. "Nguyễn Văn Hoà", "NGUYEN VAN HOA" and "nguyen van hòa" share one key.
    /// </summary>
    public static string SearchKey(string? text)
    {
        var normalized = Normalize(text);
        if (IsPlainAscii(normalized))
        {
            return normalized.ToLowerInvariant();
        }

        var decomposed = normalized.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            key.Append(character switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(character),
            });
        }

        return key.ToString();
    }

    /// <summary>Compares two strings in Vietnamese alphabetical order (ICU's vi collation).</summary>
    public static int Compare(string? left, string? right) =>
        Culture.CompareInfo.Compare(left, right, CompareOptions.None);

    /// <summary>A comparer for plain Vietnamese strings (ICU's vi collation).</summary>
    public static StringComparer Comparer { get; } = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>Printable ASCII with single inner spaces and none at either end: already in canonical form.</summary>
    private static bool IsPlainAscii(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
        {
            return false;
        }

        var previous = 'x';
        foreach (var character in text)
        {
            if (character is < ' ' or > '~' || (character == ' ' && previous == ' '))
            {
                return false;
            }

            previous = character;
        }

        return true;
    }

    private static bool IsWordCharacter(char character) =>
        char.IsLetterOrDigit(character)
        || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// The value whose Vietnamese label matches <paramref name="text"/> in any spelling ("nu", "NỮ" for "Nữ"), or null:
    /// how imports read coded columns back.
    /// </summary>
    /// <typeparam name="T">The coded type (an enum).</typeparam>
    /// <param name="text">What the user wrote.</param>
    /// <param name="values">The possible values.</param>
    /// <param name="label">Each value's Vietnamese label.</param>
    public static T? MatchLabel<T>(string? text, IEnumerable<T> values, Func<T, string> label)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(label);
        var key = SearchKey(text);
        foreach (var value in values)
        {
            if (LabelKeys.GetOrAdd(label(value), SearchKey) == key)
            {
                return value;
            }
        }

        return null;
    }
}
