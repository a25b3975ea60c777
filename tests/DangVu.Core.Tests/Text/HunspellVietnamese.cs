using System.Globalization;
using System.Text;

namespace DangVu.Core.Tests.Text;

/// <summary>
/// Debian's hunspell-vi word list: every syllable of the language in canonical tone placement,
/// a far wider check than hand-picked examples.
/// </summary>
internal static class HunspellVietnamese
{
    private static readonly string[] Candidates =
    [
        "/usr/share/hunspell/vi_VN.dic",
        "/usr/share/myspell/dicts/vi_VN.dic",
    ];

    // Lazy caches a failure too, so every test that needs the list fails with the same message.
    private static readonly Lazy<WordList> List = new(Load);

    public static IReadOnlyList<string> Syllables => List.Value.Syllables;

    public static int DeclaredCount => List.Value.DeclaredCount;

    private static WordList Load()
    {
        // A missing list must fail, not skip: without it the text tests would prove nothing.
        var path = Array.Find(Candidates, File.Exists)
            ?? throw new FileNotFoundException(
                $"The Vietnamese word list is missing (looked in {string.Join(", ", Candidates)}). "
                + "Install it with `apt-get install hunspell-vi`.");

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var declared = int.Parse(lines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
        var syllables = lines
            .Skip(1)
            .Select(line => line.Split('/')[0].Trim())
            .Where(word => word.Length > 0)
            .ToList();
        return new WordList(declared, syllables);
    }

    private sealed record WordList(int DeclaredCount, IReadOnlyList<string> Syllables);
}
