using DangVu.Core.Text;

namespace DangVu.Data.FollowUp;

/// <summary>A short title from a task's words: its first sentence, cut at a word near <see cref="FollowUpLimits.Title"/>.</summary>
public static class TaskTitles
{
    private const int Preferred = 160;

    public static string From(string text)
    {
        var line = VietnameseText.Normalize(text.Split('\n')[0]);
        var end = line.IndexOfAny(['.', ';', ':']);
        var sentence = end > 20 ? line[..end] : line;
        if (sentence.Length <= Preferred)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', Preferred);
        return string.Concat(sentence.AsSpan(0, cut > 40 ? cut : Preferred), "…");
    }
}
