using System.Globalization;
using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// Finds every document the text cites, with the date and issuer written next to it ("Chỉ thị số 10-CT/TW, ngày
/// 30/3/2007 của Ban Bí thư"). Each document is listed once, by its first mention; a later mention fills in a date or
/// issuer the first did not give. "14/2008/NĐ-CP" and "14/2008-NĐ/CP" are the same document.
/// </summary>
internal static class ReferenceReader
{
    /// <summary>
    /// Lower-case words that carry an issuer's name on after another lower-case word ("Đảng uỷ khối cơ quan",
    /// "Uỷ ban nhân dân tỉnh"); any other second lower-case word ends the name ("Tỉnh uỷ đã …").
    /// </summary>
    private static readonly HashSet<string> NameContinuations = new(StringComparer.Ordinal)
    {
        "khối", "cơ", "quan", "nhân", "dân", "tỉnh", "huyện", "thành", "phố", "xã", "phường", "thị", "trấn", "quận",
        "trung", "ương", "đảng", "sự", "cán", "bộ", "vụ", "uỷ", "ủy", "ban",
    };

    /// <summary>Lower-case words that never belong to an issuer's name ("Bộ Chính trị và …", "Tỉnh về …").</summary>
    private static readonly HashSet<string> NameStops = new(StringComparer.Ordinal)
    {
        "về", "và", "đã", "là", "thì", "được", "đến", "nhằm", "để", "trong", "tại", "cho", "với", "theo", "ngày", "năm",
        "số", "khoá", "khóa", "chưa", "có", "này", "đó", "các", "những", "mà", "sẽ", "cần", "phải", "nêu",
        "hướng", "quy", "kèm", "tháng", "lần", "thứ", "nhiệm", "kỳ",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Continuations = NameContinuations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = NameStops.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxIssuerWords = 12;

    public static void Read(SourceText source, int start, int end, DocumentDraft draft)
    {
        var text = source.Text;
        if (end <= start)
        {
            return;
        }

        Dictionary<string, int>? seen = null;
        for (var match = DocumentPatterns.Reference().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var year = match.Groups["year"];
            var type = match.Groups["type"];
            var key = Key(match.Groups["serial"].Value, year.Success ? year.Value : null, type.Success ? type.Value : string.Empty, match.Groups["issuer"].Value);
            if (key == draft.SymbolKey)
            {
                continue;
            }

            var position = match.Index + match.Length;
            var date = ReadDate(text, ref position, end);
            var issuer = ReadIssuer(text, ref position, end);
            date ??= ReadDate(text, ref position, end);

            seen ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (seen.TryGetValue(key, out var index))
            {
                var known = draft.References[index];
                draft.References[index] = known with { Date = known.Date ?? date, Issuer = known.Issuer ?? issuer };
                continue;
            }

            seen[key] = draft.References.Count;
            draft.References.Add(new ParsedReference(Compact(match.ValueSpan), date, issuer));
        }
    }

    /// <summary>
    /// What makes two symbols the same document: serial (without leading zeros), year, type and issuer codes folded.
    /// </summary>
    public static string Key(string serial, string? year, string type, string issuer)
    {
        var trimmed = serial.TrimStart('0');
        return string.Concat(trimmed.Length == 0 && serial.Length > 0 ? "0" : trimmed, "|", year, "|", Folding.Fold(type), "|", Folding.Fold(issuer));
    }

    private static string Compact(ReadOnlySpan<char> symbol)
    {
        var builder = new StringBuilder(symbol.Length);
        var previousDigit = false;
        foreach (var character in symbol)
        {
            if (char.IsWhiteSpace(character))
            {
                // "số 09 KH/ĐU" written without its hyphen.
                if (previousDigit)
                {
                    builder.Append('-');
                    previousDigit = false;
                }

                continue;
            }

            builder.Append(character is '–' or '—' ? '-' : character);
            previousDigit = char.IsDigit(character);
        }

        return builder.ToString().Replace("--", "-", StringComparison.Ordinal).Replace("-/", "/", StringComparison.Ordinal);
    }

    private static DateOnly? ReadDate(string text, ref int position, int end)
    {
        if (position >= end)
        {
            return null;
        }

        var match = DocumentPatterns.ReferenceDate().Match(text, position);
        if (!match.Success || match.Index + match.Length > end)
        {
            return null;
        }

        position = match.Index + match.Length;
        return HeaderDateReader.TryDate(
            int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
    }

    private static string? ReadIssuer(string text, ref int position, int end)
    {
        if (position >= end)
        {
            return null;
        }

        var intro = DocumentPatterns.ReferenceIssuer().Match(text, position);
        if (!intro.Success || intro.Index + intro.Length > end)
        {
            return null;
        }

        var nameStart = intro.Index + intro.Length;
        var nameEnd = ReadName(text, nameStart, end);
        if (nameEnd <= nameStart)
        {
            return null;
        }

        position = nameEnd;
        return DocumentText.Collapse(text, nameStart, nameEnd);
    }

    /// <summary>
    /// Where a body's name starting at <paramref name="start"/> ends: words in capitals, each followed by at most one
    /// lower-case word unless the next is a known continuation ("Ban Thường vụ Tỉnh uỷ", "Đảng uỷ khối cơ quan Dân
    /// Chính Đảng", "Chính phủ" but not "Chính phủ nhanh chóng").
    /// </summary>
    private static int ReadName(string text, int start, int end)
    {
        var position = start;
        var nameEnd = start;
        var words = 0;
        var previousLower = false;
        while (words < MaxIssuerWords)
        {
            var wordStart = position;
            if (words > 0)
            {
                wordStart = SkipGap(text, position, end);
                if (wordStart == position)
                {
                    break;
                }
            }

            var wordEnd = wordStart;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == wordStart || (wordEnd < end && (char.IsDigit(text[wordEnd]) || text[wordEnd] == '/')))
            {
                break;
            }

            if (char.IsUpper(text[wordStart]))
            {
                previousLower = false;
            }
            else
            {
                var word = text.AsSpan(wordStart, wordEnd - wordStart);
                if (words == 0 || Stops.Contains(word) || (previousLower && !Continuations.Contains(word)))
                {
                    break;
                }

                previousLower = true;
            }

            words++;
            nameEnd = wordEnd;
            position = wordEnd;
        }

        return nameEnd;
    }

    /// <summary>Skips the blanks between two words (one line break allowed: ragged lines); returns where the next word starts.</summary>
    private static int SkipGap(string text, int position, int end)
    {
        var index = position;
        var breaks = 0;
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            if (text[index] == '\n' && ++breaks > 1)
            {
                return position;
            }

            index++;
        }

        return index;
    }
}
