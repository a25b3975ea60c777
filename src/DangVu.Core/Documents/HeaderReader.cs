using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DangVu.Core.Documents;

/// <summary>
/// Reads the header — everything above the type heading: issuing body and the bodies above it, number and symbol,
/// place and date, and an official letter's "V/v" title. It works on what the text says rather than where it
/// stands: the national titles, the date and the symbol are found by pattern and blanked out, and what is left in
/// the header is the issuing body's name, so a two-column layout, one cell per line (HTML copies) and one line
/// holding everything (PDF text) read alike.
/// </summary>
internal static class HeaderReader
{
    /// <summary>Words that begin the name of a body; a header line beginning otherwise continues the line above.</summary>
    private static readonly string[] BodyHeads =
    [
        "dang bo", "dang uy", "dang doan", "ban", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "chi bo",
        "chi uy", "uy ban", "ubkt", "ubnd", "van phong", "hoi dong", "truong", "bo", "so", "cong an", "quan khu",
        "hoc vien", "cuc", "vien", "toa an", "mat tran", "hoi", "lien doan", "tong cong ty", "cong ty", "benh vien",
        "quoc hoi", "chinh phu", "doan", "tinh doan", "thanh doan", "huyen doan", "trung tam", "tong cuc", "kho bac",
        "ngan hang", "bch", "btv", "bcd", "thuong truc", "dang uy khoi", "chi doan", "hoi dong nhan dan",
    ];

    /// <summary>Marks a header may carry beside the bodies' names: secrecy, urgency, draft.</summary>
    private static readonly string[] Marks =
    [
        "mat", "toi mat", "tuyet mat", "khan", "thuong khan", "hoa toc", "hoa toc hen gio", "ban sao", "sao y",
    ];

    /// <summary>Reads the header lines before <paramref name="endLine"/>; returns the last line it used, or -1.</summary>
    public static int Read(SourceText source, int endLine, DocumentDraft draft)
    {
        var regionEnd = source.LineStart(endLine);
        var blanked = source.Folded[..regionEnd].ToArray();
        foreach (var match in DocumentPatterns.NationalTitle().EnumerateMatches(source.Folded[..regionEnd]))
        {
            Blank(blanked, match.Index, match.Length);
        }

        var lastLine = -1;
        var dateLine = ReadDate(source, blanked, draft, ref lastLine);
        var symbolLine = ReadSymbol(source, blanked, draft, ref lastLine);
        var titleEnd = ReadLetterTitle(source, blanked, Math.Max(symbolLine, 0), endLine, draft);
        lastLine = Math.Max(lastLine, titleEnd);

        var issuerEnd = symbolLine >= 0 ? symbolLine : dateLine >= 0 ? dateLine : endLine - 1;
        ReadIssuer(source, blanked, issuerEnd, stopAtText: symbolLine < 0 && dateLine < 0, draft);
        return lastLine;
    }

    private static int ReadDate(SourceText source, char[] blanked, DocumentDraft draft, ref int lastLine)
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
            Blank(blanked, start, match.Index + match.Length - start);
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

    private static int ReadSymbol(SourceText source, char[] blanked, DocumentDraft draft, ref int lastLine)
    {
        var region = new string(blanked);
        var match = FirstValid(DocumentPatterns.PartySymbol().Match(region), source.Text, requireMark: true);
        var state = FirstValid(DocumentPatterns.StateSymbol().Match(region), source.Text, requireMark: false);
        if (state is not null && (match is null || state.Index < match.Index))
        {
            match = state;
            draft.StateSymbol = true;
        }

        if (match is null)
        {
            draft.Warn(DocumentWarnings.NoSymbol);
            return -1;
        }

        var text = source.Text;
        var serial = match.Groups["serial"];
        var year = match.Groups["year"];
        var type = Compact(text, match.Groups["type"]);
        var issuer = Compact(text, match.Groups["issuer"]);
        var serialText = serial.Success ? serial.Value : string.Empty;
        if (draft.StateSymbol && !DocumentTypes.IsStateCode(type))
        {
            // "456/UBND-VX": an official letter's agency and unit, no type code.
            issuer = $"{type}-{issuer}";
            type = string.Empty;
        }

        draft.NumberSymbol = draft.StateSymbol
            ? year.Success
                ? $"{serialText}/{year.Value}/{type}-{issuer}"
                : type.Length > 0 ? $"{serialText}/{type}-{issuer}" : $"{serialText}/{issuer}"
            : year.Success ? $"{serialText}/{year.Value}-{type}/{issuer}" : $"{serialText}-{type}/{issuer}";
        draft.TypeCode = type.Length > 0 ? type : null;
        draft.IssuerCode = issuer;
        draft.SymbolKey = ReferenceReader.Key(serialText, year.Success ? year.Value : null, type, issuer);
        if (serial.Success && int.TryParse(serial.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            draft.Serial = number;
        }
        else
        {
            draft.Warn(DocumentWarnings.BlankSerial(draft.NumberSymbol));
        }

        Blank(blanked, match.Index, match.Length);
        lastLine = Math.Max(lastLine, source.LineOf(match.Index + match.Length - 1));
        return source.LineOf(match.Index);
    }

    /// <summary>
    /// The first match whose codes are written as codes (a capital first; the issuer code in capitals), and for a
    /// party symbol a serial or a hyphen ("Số      -KH/ĐU" is a draft's blank serial; "Số KH/ĐU" is nothing).
    /// </summary>
    private static Match? FirstValid(Match match, string text, bool requireMark)
    {
        for (; match.Success; match = match.NextMatch())
        {
            var type = match.Groups["type"];
            var issuer = match.Groups["issuer"];
            if (!char.IsUpper(text[type.Index]) || !IsCode(text, issuer.Index, issuer.Index + issuer.Length))
            {
                continue;
            }

            if (requireMark && !match.Groups["serial"].Success && !match.Groups["hyphen"].Success)
            {
                continue;
            }

            return match;
        }

        return null;
    }

    private static bool IsCode(string text, int start, int end)
    {
        for (var index = start; index < end; index++)
        {
            if (char.IsLower(text[index]))
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>The group's text without blanks, dashes made hyphens.</summary>
    private static string Compact(string text, Group group)
    {
        var builder = new StringBuilder(group.Length);
        for (var index = group.Index; index < group.Index + group.Length; index++)
        {
            var character = text[index];
            if (char.IsWhiteSpace(character))
            {
                continue;
            }

            builder.Append(character is '–' or '—' ? '-' : character);
        }

        return builder.ToString();
    }

    /// <summary>An official letter's title: "V/v triển khai …" under the symbol, with the lines that continue it.</summary>
    private static int ReadLetterTitle(SourceText source, char[] blanked, int fromLine, int endLine, DocumentDraft draft)
    {
        var cells = new List<TextCell>(4);
        var folded = source.Folded;
        for (var lineIndex = fromLine; lineIndex < endLine; lineIndex++)
        {
            var line = source.Lines[lineIndex];
            if (line.IsBlank)
            {
                continue;
            }

            DocumentText.SplitCells(blanked, line, cells);
            foreach (var cell in cells)
            {
                var prefix = DocumentText.StartsWithWords(folded, cell.Start, cell.End, "v/v") ? 3
                    : DocumentText.StartsWithWords(folded, cell.Start, cell.End, "ve viec") ? 7
                    : -1;
                if (prefix < 0)
                {
                    continue;
                }

                var builder = new StringBuilder();
                var start = cell.Start + prefix;
                while (start < cell.End && (source.Text[start] is ':' or ' ' or '\t'))
                {
                    start++;
                }

                DocumentText.AppendCollapsed(builder, source.Text.AsSpan(start, cell.End - start));
                var last = ContinueLetterTitle(source, blanked, lineIndex, endLine, cell.Column, builder);
                draft.Title = builder.ToString();
                for (var index = lineIndex; index <= last; index++)
                {
                    Blank(blanked, source.Lines[index].Start, Math.Min(source.Lines[index].End, blanked.Length) - source.Lines[index].Start);
                }

                return last;
            }
        }

        return -1;
    }

    private static int ContinueLetterTitle(SourceText source, char[] blanked, int lineIndex, int endLine, int column, StringBuilder builder)
    {
        var cells = new List<TextCell>(4);
        var last = lineIndex;
        for (var next = lineIndex + 1; next < endLine && next <= lineIndex + 4; next++)
        {
            var line = source.Lines[next];
            if (line.IsBlank || DocumentText.EndsSentence(builder.ToString(), 0, builder.Length))
            {
                break;
            }

            DocumentText.SplitCells(blanked, line, cells);
            if (cells.Count == 0 || Math.Abs(cells[0].Column - column) > 12 || cells[0].End - cells[0].Start > 120
                || DocumentText.StartsWithWords(source.Folded, cells[0].Start, cells[0].End, "kinh gui"))
            {
                break;
            }

            DocumentText.AppendCollapsed(builder, source.Text.AsSpan(cells[0].Start, cells[0].End - cells[0].Start));
            last = next;
        }

        return last;
    }

    private static void ReadIssuer(SourceText source, char[] blanked, int lastLine, bool stopAtText, DocumentDraft draft)
    {
        var text = source.Text;
        var folded = source.Folded;
        var cells = new List<TextCell>(4);
        var groups = new List<StringBuilder>();
        for (var lineIndex = 0; lineIndex <= lastLine && lineIndex < source.Lines.Length; lineIndex++)
        {
            var line = source.Lines[lineIndex];
            if (line.IsBlank)
            {
                continue;
            }

            DocumentText.SplitCells(blanked, line, cells);
            foreach (var cell in cells)
            {
                if (DocumentText.IsSeparator(text, cell.Start, cell.End) || DocumentText.CountLetters(text, cell.Start, cell.End) < 2
                    || IsMark(folded, cell.Start, cell.End))
                {
                    continue;
                }

                if (stopAtText && groups.Count > 0 && !DocumentText.IsMostlyUpper(text, cell.Start, cell.End))
                {
                    lineIndex = lastLine;
                    break;
                }

                if (groups.Count == 0 || StartsBody(folded, cell.Start, cell.End))
                {
                    groups.Add(new StringBuilder());
                }

                DocumentText.AppendCollapsed(groups[^1], text.AsSpan(cell.Start, cell.End - cell.Start));
            }
        }

        if (groups.Count == 0)
        {
            draft.Warn(DocumentWarnings.NoIssuer);
            return;
        }

        draft.Issuer = groups[^1].ToString();
        for (var index = 0; index < groups.Count - 1; index++)
        {
            draft.IssuerParents.Add(groups[index].ToString());
        }
    }

    private static bool StartsBody(ReadOnlySpan<char> folded, int start, int end)
    {
        foreach (var head in BodyHeads)
        {
            if (DocumentText.StartsWithWords(folded, start, end, head))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMark(ReadOnlySpan<char> folded, int start, int end)
    {
        while (start < end && folded[start] is '(' or '[')
        {
            start++;
        }

        if (DocumentText.StartsWithWords(folded, start, end, "du thao"))
        {
            return true;
        }

        while (end > start && folded[end - 1] is ')' or ']' or '.' or ':')
        {
            end--;
        }

        foreach (var mark in Marks)
        {
            if (end - start == mark.Length && folded.Slice(start, mark.Length).SequenceEqual(mark))
            {
                return true;
            }
        }

        return false;
    }

    private static void Blank(char[] chars, int start, int length)
    {
        var end = Math.Min(chars.Length, start + length);
        for (var index = start; index < end; index++)
        {
            if (chars[index] is not ('\n' or '\r'))
            {
                chars[index] = ' ';
            }
        }
    }
}
