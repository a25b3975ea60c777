using System.Buffers;
using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// A document's text made ready for reading: composed (NFC, so NFD input reads the same), with a folded twin of
/// the same length that patterns match against, and its lines (LF, CRLF, CR, form feed and Unicode breaks).
/// </summary>
internal sealed class SourceText
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\f\v\u0085\u2028\u2029");

    private SourceText(string text, TextLine[] lines)
    {
        Text = text;
        Folded = Folding.Fold(text);
        Lines = lines;
    }

    /// <summary>The composed text; every offset in this class points into it.</summary>
    public string Text { get; }

    /// <summary>The folded twin of <see cref="Text"/> (lower case, no marks, đ→d), same length.</summary>
    public string Folded { get; }

    public TextLine[] Lines { get; }

    /// <summary>Offset where line <paramref name="line"/> starts, or the end of the text past the last line.</summary>
    public int LineStart(int line) => line < Lines.Length ? Lines[line].Start : Text.Length;

    /// <summary>The line that holds <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var low = 0;
        var high = Lines.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Lines[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The composed text of a line's content, blanks collapsed.</summary>
    public string Content(TextLine line) => DocumentText.Collapse(Text, line.ContentStart, line.ContentEnd);

    public static SourceText Create(string text)
    {
        text = Compose(text);
        return new SourceText(text, SplitLines(text));
    }

    private static string Compose(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        // Converters from legacy fonts write the Icelandic eth for đ.
        if (text.AsSpan().IndexOfAny('\u00D0', '\u00F0') >= 0)
        {
            text = text.Replace('\u00D0', '\u0110').Replace('\u00F0', '\u0111');
        }

        if (text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') < 0)
        {
            return text;
        }

        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate (a damaged file) makes normalization refuse the whole text.
            return ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormC);
        }
    }

    private static string ReplaceLoneSurrogates(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                var character = source[index];
                if (char.IsHighSurrogate(character) && index + 1 < source.Length && char.IsLowSurrogate(source[index + 1]))
                {
                    span[index] = character;
                    span[index + 1] = source[index + 1];
                    index++;
                    continue;
                }

                span[index] = char.IsSurrogate(character) ? '\uFFFD' : character;
            }
        });

    private static TextLine[] SplitLines(string text)
    {
        var lines = new List<TextLine>(Math.Max(16, text.Length / 40));
        var span = text.AsSpan();
        var start = 0;
        while (true)
        {
            var found = span[start..].IndexOfAny(LineBreaks);
            if (found < 0)
            {
                lines.Add(Measure(text, start, text.Length));
                break;
            }

            var end = start + found;
            lines.Add(Measure(text, start, end));
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return [.. lines];
    }

    private static TextLine Measure(string text, int start, int end)
    {
        var contentStart = start;
        var indent = 0;
        while (contentStart < end && char.IsWhiteSpace(text[contentStart]))
        {
            indent = text[contentStart] == '\t' ? (indent / 8 + 1) * 8 : indent + 1;
            contentStart++;
        }

        var contentEnd = end;
        while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        return new TextLine(start, end, contentStart, contentEnd, indent);
    }
}
