using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DangVu.Data.Documents;

/// <summary>
/// Writes out Word's automatic numbering ("%1-" → "1-", upper Roman → "II.", bullets → "-") the way the document
/// shows it, counting each list's levels as the paragraphs come.
/// </summary>
internal sealed class NumberingRenderer(Numbering? numbering, Styles? styles)
{
    private readonly Dictionary<int, int[]> _counters = [];

    /// <summary>The number or bullet a paragraph shows, with a space after it, or nothing.</summary>
    public string Prefix(Paragraph paragraph)
    {
        if (numbering is null || NumberingOf(paragraph) is not { } reference || reference.NumberId == 0)
        {
            return string.Empty;
        }

        var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(item => item.NumberID?.Value == reference.NumberId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(item => item.AbstractNumberId?.Value == abstractId);
        if (definition is null)
        {
            return string.Empty;
        }

        var levels = definition.Elements<Level>().ToDictionary(level => level.LevelIndex?.Value ?? 0);
        if (!levels.TryGetValue(reference.Level, out var current))
        {
            return string.Empty;
        }

        if (!_counters.TryGetValue(reference.NumberId, out var counters))
        {
            counters = new int[9];
            for (var level = 0; level < counters.Length; level++)
            {
                counters[level] = Start(levels, instance, level) - 1;
            }

            _counters[reference.NumberId] = counters;
        }

        var depth = Math.Clamp(reference.Level, 0, 8);
        counters[depth]++;
        for (var deeper = depth + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = Start(levels, instance, deeper) - 1;
        }

        var format = current.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet)
        {
            return "- ";
        }

        if (format == NumberFormatValues.None)
        {
            return string.Empty;
        }

        var text = new StringBuilder(current.LevelText?.Val?.Value ?? $"%{depth + 1}.");
        for (var level = 0; level <= depth; level++)
        {
            var levelFormat = levels.TryGetValue(level, out var definitionOfLevel) ? definitionOfLevel.NumberingFormat?.Val?.Value : null;
            text.Replace($"%{level + 1}", Format(Math.Max(counters[level], 1), levelFormat));
        }

        return text.Append(' ').ToString();
    }

    private static int Start(Dictionary<int, Level> levels, NumberingInstance? instance, int level)
    {
        var overridden = instance?.Elements<LevelOverride>().FirstOrDefault(item => item.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value;
        return overridden ?? (levels.TryGetValue(level, out var definition) ? definition.StartNumberingValue?.Val?.Value ?? 1 : 1);
    }

    private (int NumberId, int Level)? NumberingOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.NumberingProperties is { } direct)
        {
            return (direct.NumberingId?.Val?.Value ?? 0, direct.NumberingLevelReference?.Val?.Value ?? 0);
        }

        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var style = styleId is null ? null : styles?.Elements<Style>().FirstOrDefault(item => item.StyleId?.Value == styleId);
        return style?.StyleParagraphProperties?.NumberingProperties is { } fromStyle
            ? (fromStyle.NumberingId?.Val?.Value ?? 0, fromStyle.NumberingLevelReference?.Val?.Value ?? 0)
            : null;
    }

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.UpperRoman)
        {
            return Roman(value);
        }

        if (format == NumberFormatValues.LowerRoman)
        {
            return Roman(value).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperLetter)
        {
            return Letter(value).ToUpperInvariant();
        }

        return format == NumberFormatValues.LowerLetter ? Letter(value) : value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Letter(int value) => new((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Roman(int value)
    {
        (int Value, string Numeral)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
            (4, "IV"), (1, "I"),
        ];
        var text = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                text.Append(numeral);
                value -= amount;
            }
        }

        return text.ToString();
    }
}
