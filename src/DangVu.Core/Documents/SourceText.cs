using System.Buffers;
using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// A document's text made ready for reading: composed (NFC, so NFD input reads the same), with a folded twin of
/// the same length that patterns match against, and its lines (LF, CRLF, CR, form feed and Unicode breaks).
/// </summary>
internal sealed class SourceText : IDisposable
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\f\v");

    // Both buffers are rented: a parse would otherwise allocate twice the document's size before it has read a word.
    private char[] _folded;
    private TextLine[] _lines;
    private readonly int _lineCount;

    private SourceText(string text)
    {
        Text = text;
        _folded = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        Folding.Fold(text, _folded);
        _lines = ArrayPool<TextLine>.Shared.Rent(CountLines(text));
        _lineCount = SplitLines(text, _lines);
    }

    /// <summary>The composed text; every offset in this class points into it.</summary>
    public string Text { get; }

    /// <summary>The folded twin of <see cref="Text"/> (lower case, no marks, đ→d), same length.</summary>
    public ReadOnlySpan<char> Folded => _folded.AsSpan(0, Text.Length);

    public ReadOnlySpan<TextLine> Lines => _lines.AsSpan(0, _lineCount);

    public void Dispose()
    {
        if (_folded.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_folded);
            ArrayPool<TextLine>.Shared.Return(_lines);
            _folded = [];
            _lines = [];
        }
    }

    /// <summary>Offset where line <paramref name="line"/> starts, or the end of the text past the last line.</summary>
    public int LineStart(int line) => line < _lineCount ? _lines[line].Start : Text.Length;

    /// <summary>The line that holds <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var lines = Lines;
        var low = 0;
        var high = lines.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (lines[middle].Start <= offset)
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
        return new SourceText(Compose(text));
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

        text = PlainSpaces(text);
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

    /// <summary>
    /// The no-break and typographic spaces of word processors and web pages become blanks, and the Unicode line
    /// breaks become line feeds, so that every later step deals with ASCII white space only.
    /// </summary>
    private static string PlainSpaces(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny('\u00A0', '\u0085', '\u1680') < 0 && span.IndexOfAnyInRange('\u2000', '\u200A') < 0
            && span.IndexOfAny('\u2028', '\u2029', '\u202F') < 0 && span.IndexOfAny('\u205F', '\u3000') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (destination, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                var character = source[index];
                destination[index] = character switch
                {
                    '\u0085' or '\u2028' or '\u2029' => '\n',
                    '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
                    _ => character,
                };
            }
        });
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

    private static int CountLines(string text) => text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + text.AsSpan().Count('\f') + text.AsSpan().Count('\v') + 1;

    private static int SplitLines(string text, TextLine[] lines)
    {
        var span = text.AsSpan();
        var count = 0;
        var start = 0;
        while (true)
        {
            var found = span[start..].IndexOfAny(LineBreaks);
            if (found < 0)
            {
                lines[count++] = Measure(text, start, text.Length);
                return count;
            }

            var end = start + found;
            lines[count++] = Measure(text, start, end);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
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
