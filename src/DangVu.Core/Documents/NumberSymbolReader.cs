using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DangVu.Core.Documents;

/// <summary>
/// The number and symbol after "Số": party ("509-TB/TU"), state ("14/2008/NĐ-CP", "123/QĐ-UBND") and the seed's
/// state-in-party-order ("14/2008-NĐ/CP"), with spaces around the dash, broken over lines, without its hyphen, or with
/// a draft's blank serial (kept blank, with a warning).
/// </summary>
internal static class NumberSymbolReader
{
    /// <summary>Reads the first symbol of the header region and blanks it out; returns its line, or -1.</summary>
    public static int Read(SourceText source, char[] blanked, DocumentDraft draft, ref int lastLine)
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

        HeaderReader.Blank(blanked, match.Index, match.Length);
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
}
