namespace DangVu.Data.DocumentWriting;

/// <summary>One line of a broken paragraph: its words and their natural width (single spaces between them).</summary>
internal sealed record BrokenLine(IReadOnlyList<string> Words, double Width, bool IsLast);

/// <summary>
/// Breaks a paragraph into lines that fit a width, word by word (a word wider than the line is cut), with the first
/// line narrower by its indent.
/// </summary>
internal static class LineBreaker
{
    public static IReadOnlyList<BrokenLine> Break(string text, double firstWidth, double width, Func<string, double> measure, double spaceWidth)
    {
        var lines = new List<BrokenLine>();
        var words = new List<string>();
        var lineWidth = 0.0;
        double Available() => lines.Count == 0 ? firstWidth : width;

        foreach (var word in Pieces(text, width, measure))
        {
            var wordWidth = measure(word);
            var needed = words.Count == 0 ? wordWidth : lineWidth + spaceWidth + wordWidth;
            if (words.Count > 0 && needed > Available())
            {
                lines.Add(new BrokenLine(words, lineWidth, false));
                words = [];
                needed = wordWidth;
            }

            words.Add(word);
            lineWidth = needed;
        }

        lines.Add(new BrokenLine(words, lineWidth, true));
        return lines;
    }

    /// <summary>The words, a word too wide for a line cut into pieces that fit.</summary>
    private static IEnumerable<string> Pieces(string text, double width, Func<string, double> measure)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (measure(word) <= width)
            {
                yield return word;
                continue;
            }

            var start = 0;
            for (var end = 1; end <= word.Length; end++)
            {
                if (end - start > 1 && measure(word[start..end]) > width)
                {
                    yield return word[start..(end - 1)];
                    start = end - 1;
                }
            }

            yield return word[start..];
        }
    }
}
