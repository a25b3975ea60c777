using System.Globalization;
using System.Text.RegularExpressions;

namespace DangVu.Core.Documents;

/// <summary>
/// The place and date of issue in the header: "Phan Thiết, ngày 22 tháng 5 năm 2008" in any spacing, over a line
/// break, in figures ("22/5/2008", "22-5-2008"), or with the day left blank in a draft (no date, and a warning).
/// </summary>
internal static class HeaderDateReader
{
    /// <summary>Reads the first date of the header region and blanks it out; returns its line, or -1.</summary>
    public static int Read(SourceText source, char[] blanked, DocumentDraft draft, ref int lastLine)
    {
        var region = new string(blanked);
        for (var position = 0; NextDate(region, position) is { } match; position = match.Index + 1)
        {
            var (placeStart, placeEnd) = FindPlace(region, match.Index);
            var hasPlace = placeEnd > placeStart;
            if (!hasPlace && !region.AsSpan(match.Index).StartsWith("ngay", StringComparison.Ordinal))
            {
                continue;
            }

            if (hasPlace)
            {
                draft.Place = TrimPlace(source.Text, placeStart, placeEnd);
            }

            ReadDateParts(match, DocumentText.Collapse(source.Text, match.Index, match.Index + match.Length), draft);
            var start = hasPlace ? placeStart : match.Index;
            HeaderReader.Blank(blanked, start, match.Index + match.Length - start);
            lastLine = Math.Max(lastLine, source.LineOf(match.Index + match.Length - 1));
            if (draft.Place is null)
            {
                draft.Warn(DocumentWarnings.NoPlace);
            }

            return source.LineOf(start);
        }

        draft.Warn(DocumentWarnings.NoDate);
        return -1;
    }

    /// <summary>
    /// The next date from <paramref name="position"/>: at a word "ngày", or in figures right after a comma (the place's).
    /// </summary>
    private static Match? NextDate(string region, int position)
    {
        while (position < region.Length)
        {
            var word = region.IndexOf("ngay", position, StringComparison.Ordinal);
            var comma = region.IndexOf(',', position);
            var next = word < 0 ? comma : comma < 0 ? word : Math.Min(word, comma);
            if (next < 0)
            {
                return null;
            }

            if (next == word && (word == 0 || !char.IsLetterOrDigit(region[word - 1])))
            {
                if (DocumentPatterns.WrittenDate().Match(region, word) is { Success: true } written)
                {
                    return written;
                }
            }
            else if (next == comma)
            {
                var figures = comma + 1;
                while (figures < region.Length && region[figures] is ' ' or '\t')
                {
                    figures++;
                }

                if (figures < region.Length && char.IsAsciiDigit(region[figures])
                    && DocumentPatterns.NumericDate().Match(region, figures) is { Success: true } numeric)
                {
                    return numeric;
                }
            }

            position = next + 1;
        }

        return null;
    }

    /// <summary>
    /// The place before a header date: up to seven words joined by single spaces (or " - ": "Phan Rang - Tháp Chàm")
    /// ending in a comma, so it never reaches across the gap into the left column; (0, 0) when there is none.
    /// </summary>
    private static (int Start, int End) FindPlace(ReadOnlySpan<char> folded, int dateStart)
    {
        var position = dateStart - 1;
        while (position >= 0 && folded[position] is ' ' or '\t')
        {
            position--;
        }

        if (position < 0 || folded[position] != ',')
        {
            return (0, 0);
        }

        position--;
        for (var blanks = 0; position >= 0 && folded[position] == ' ' && blanks < 2; blanks++)
        {
            position--;
        }

        var end = position + 1;
        var start = end;
        for (var words = 0; words < 7 && position >= 0; words++)
        {
            var wordEnd = position + 1;
            while (position >= 0 && (char.IsLetter(folded[position]) || folded[position] is '.' or '\'' or '’'))
            {
                position--;
            }

            var wordStart = position + 1;
            if (wordStart == wordEnd || !char.IsLetter(folded[wordStart]) || (position >= 0 && !char.IsWhiteSpace(folded[position])))
            {
                break;
            }

            start = wordStart;
            position = SkipWordGap(folded, position);
            if (position < 0 || !char.IsLetter(folded[position]) && folded[position] is not ('.' or '\'' or '’'))
            {
                break;
            }
        }

        return (start, start < end ? end : start);
    }

    /// <summary>Steps back over one or two spaces, or " - ", between two words of a place; -1 when the gap is wider.</summary>
    private static int SkipWordGap(ReadOnlySpan<char> folded, int position)
    {
        var blanks = 0;
        while (position >= 0 && folded[position] == ' ')
        {
            position--;
            blanks++;
        }

        if (blanks is 0 or > 2)
        {
            return -1;
        }

        if (position >= 0 && folded[position] is '-' or '–')
        {
            position--;
            blanks = 0;
            while (position >= 0 && folded[position] == ' ')
            {
                position--;
                blanks++;
            }

            return blanks is 0 or > 2 ? -1 : position;
        }

        return position;
    }

    private static void ReadDateParts(Match match, string written, DocumentDraft draft)
    {
        if (!match.Groups["d"].Success || !match.Groups["m"].Success)
        {
            draft.Warn(DocumentWarnings.BlankDate(written));
            return;
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (TryDate(year, month, day) is { } date)
        {
            draft.Date = date;
        }
        else
        {
            draft.Warn(DocumentWarnings.InvalidDate(written));
        }
    }

    /// <summary>A date if the numbers make one in a plausible year, else null.</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1930 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// The place is the words before the comma; in PDF text the left column can run into it on one line
    /// ("TỈNH ỦY BÌNH THUẬN Phan Thiết"), so leading words in capitals before a word that is not, and leading words in
    /// lower case, are dropped.
    /// </summary>
    private static string? TrimPlace(string text, int start, int end)
    {
        var allCaps = true;
        for (var index = start; index < end && allCaps; index++)
        {
            allCaps = !char.IsLower(text[index]);
        }

        while (!allCaps)
        {
            var wordEnd = text.AsSpan(start, end - start).IndexOfAny(' ', '\t');
            if (wordEnd < 0)
            {
                break;
            }

            var word = text.AsSpan(start, wordEnd);
            // Stop at a word in ordinary case, or an abbreviation ("TP. Hồ Chí Minh"), which belong to the place.
            if (!char.IsLower(word[0]) && (HasLower(word) || word[^1] == '.' || DocumentText.CountLetters(text, start, start + wordEnd) < 2))
            {
                break;
            }

            start += wordEnd;
            while (start < end && text[start] is ' ' or '\t' or '-' or '–')
            {
                start++;
            }
        }

        return DocumentText.CountLetters(text, start, end) >= 2 ? DocumentText.Collapse(text, start, end) : null;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var character in word)
        {
            if (char.IsLower(character))
            {
                return true;
            }
        }

        return false;
    }
}
