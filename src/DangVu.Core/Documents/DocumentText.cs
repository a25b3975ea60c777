using System.Buffers;
using System.Text;

namespace DangVu.Core.Documents;

/// <summary>Small text helpers the readers share: collapsing blanks, cutting cells, telling the shape of a line.</summary>
internal static class DocumentText
{
    /// <summary>A gap of this many blanks (or any tab) between words separates two columns.</summary>
    private const int ColumnGap = 3;

    /// <summary>
    /// White space, all ASCII: <see cref="SourceText"/> has already made the other spaces (no-break, em, ideographic)
    /// plain blanks, which keeps this search vectorized over Vietnamese text.
    /// </summary>
    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t\n\r\f\v");

    private static readonly SearchValues<char> OtherBlanks = SearchValues.Create("\t\n\r\f\v");

    [ThreadStatic]
    private static StringBuilder? _threadBuilder;

    /// <summary>
    /// A cleared builder for this thread, reused from parse to parse so building task texts costs only their strings;
    /// give it back with <see cref="Return"/>.
    /// </summary>
    public static StringBuilder Rent()
    {
        var builder = _threadBuilder ?? new StringBuilder(4096);
        _threadBuilder = null;
        return builder.Clear();
    }

    /// <summary>Gives back a builder from <see cref="Rent"/> (one that grew very large is dropped).</summary>
    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= 64 * 1024)
        {
            _threadBuilder = builder;
        }
    }

    /// <summary>
    /// The text between two offsets with every run of white space (line breaks included) made one space and the ends
    /// trimmed; the document's letters are kept as they are.
    /// </summary>
    public static string Collapse(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start >= end)
        {
            return string.Empty;
        }

        var span = text.AsSpan(start, end - start);
        if (!NeedsCollapse(span))
        {
            return span.Length == text.Length ? text : new string(span);
        }

        var builder = new StringBuilder(span.Length);
        AppendCollapsed(builder, span);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="span"/> with its blanks collapsed, a space first if the builder has text.</summary>
    public static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> span)
    {
        var pendingSpace = builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n';
        while (true)
        {
            var start = span.IndexOfAnyExcept(Blanks);
            if (start < 0)
            {
                return;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
            }

            // Vietnamese has a space every few letters: copy up to the next place that needs collapsing, not word by word.
            span = span[start..];
            var end = NextCollapse(span);
            if (end < 0)
            {
                builder.Append(span.TrimEnd(" \t\n\r\f\v"));
                return;
            }

            builder.Append(span[..end]);
            span = span[end..];
            pendingSpace = true;
        }
    }

    /// <summary>Where the first blank that is not a single space between words starts, or -1.</summary>
    private static int NextCollapse(ReadOnlySpan<char> span)
    {
        var other = span.IndexOfAny(OtherBlanks);
        var limit = other < 0 ? span : span[..other];
        var twoSpaces = limit.IndexOf("  ", StringComparison.Ordinal);
        if (twoSpaces >= 0)
        {
            return twoSpaces;
        }

        if (other >= 0)
        {
            return other > 0 && span[other - 1] == ' ' ? other - 1 : other;
        }

        return span.Length > 0 && span[^1] == ' ' ? span.Length - 1 : -1;
    }

    private static bool NeedsCollapse(ReadOnlySpan<char> span) =>
        span.IndexOfAny(OtherBlanks) >= 0 || span.IndexOf("  ", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Cuts the content of a line into cells at gaps of three blanks or more, or a tab. <paramref name="chars"/> is
    /// the text or a copy of it in which parts already read were blanked out.
    /// </summary>
    public static void SplitCells(ReadOnlySpan<char> chars, TextLine line, List<TextCell> cells)
    {
        cells.Clear();
        var column = 0;
        var index = line.Start;
        var end = Math.Min(line.End, chars.Length);
        var cellStart = -1;
        var cellColumn = 0;
        var lastNonBlank = -1;
        var gap = 0;
        var gapHasTab = false;
        while (index < end)
        {
            var character = chars[index];
            if (char.IsWhiteSpace(character))
            {
                gap++;
                gapHasTab |= character == '\t';
                column = character == '\t' ? (column / 8 + 1) * 8 : column + 1;
                index++;
                continue;
            }

            if (cellStart >= 0 && (gap >= ColumnGap || gapHasTab))
            {
                cells.Add(new TextCell(cellStart, lastNonBlank + 1, cellColumn));
                cellStart = -1;
            }

            if (cellStart < 0)
            {
                cellStart = index;
                cellColumn = column;
            }

            gap = 0;
            gapHasTab = false;
            lastNonBlank = index;
            column++;
            index++;
        }

        if (cellStart >= 0)
        {
            cells.Add(new TextCell(cellStart, lastNonBlank + 1, cellColumn));
        }
    }

    /// <summary>True when the folded text at <paramref name="start"/> begins with <paramref name="prefix"/> as whole words.</summary>
    public static bool StartsWithWords(ReadOnlySpan<char> folded, int start, int end, string prefix)
    {
        if (end - start < prefix.Length || !folded.Slice(start).StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var after = start + prefix.Length;
        return after >= end || !char.IsLetterOrDigit(folded[after]) || !char.IsLetterOrDigit(prefix[^1]);
    }

    /// <summary>True when most letters between the offsets are capitals (a heading or a body's name).</summary>
    public static bool IsMostlyUpper(string text, int start, int end)
    {
        var letters = 0;
        var upper = 0;
        for (var index = start; index < end; index++)
        {
            var character = text[index];
            if (!char.IsLetter(character))
            {
                continue;
            }

            letters++;
            if (char.IsUpper(character))
            {
                upper++;
            }
            else if ((letters - upper) * 4 > upper + (end - index))
            {
                // Even if every remaining character were a capital, a fifth of the letters are small.
                return false;
            }
        }

        return letters >= 2 && upper * 5 >= letters * 4;
    }

    /// <summary>True when the text between the offsets has no letters or digits: "*", "-------", "---o0o---", "***".</summary>
    public static bool IsSeparator(string text, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        var marks = 0;
        for (var index = start; index < end; index++)
        {
            var character = text[index];
            switch (character)
            {
                case '-' or '–' or '—' or '_' or '=' or '*' or '~' or '.' or '•' or '·' or '+' or '♦' or '⁎' or '⁕':
                    marks++;
                    break;
                case 'o' or 'O' or '0' when end - start >= 3:
                    break;
                default:
                    if (!char.IsWhiteSpace(character))
                    {
                        return false;
                    }

                    break;
            }
        }

        return marks > 0;
    }

    /// <summary>True when the text ends a sentence: . ; : ! ? (quotes and brackets after it ignored).</summary>
    public static bool EndsSentence(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '"' or '”' or '’' or '\'' or ')' or '»' or ' ')
        {
            end--;
        }

        return end > start && text[end - 1] is '.' or ';' or ':' or '!' or '?' or '…';
    }

    /// <summary>The number of letters between the offsets.</summary>
    public static int CountLetters(string text, int start, int end)
    {
        var letters = 0;
        for (var index = start; index < end; index++)
        {
            if (char.IsLetter(text[index]))
            {
                letters++;
            }
        }

        return letters;
    }
}
