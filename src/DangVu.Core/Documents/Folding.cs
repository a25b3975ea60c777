using DangVu.Core.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// Folds one character at a time the way <see cref="VietnameseText.SearchKey"/> folds text (marks dropped, đ→d,
/// lower case), so a folded copy keeps every character at its place and patterns written in plain ASCII
/// ("thong bao", "ngay … thang … nam") find "THÔNG BÁO", "Thông báo" and "ngày" alike, in either tone placement.
/// The table is built once from SearchKey itself, so there is one folding rule in DangVu.
/// </summary>
internal static class Folding
{
    private static readonly char[] Table = BuildTable();

    public static char Fold(char character) => character < Table.Length ? Table[character] : character;

    /// <summary>The folded twin of <paramref name="text"/>: same length, same positions.</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            var table = Table;
            for (var index = 0; index < span.Length; index++)
            {
                var character = source[index];
                span[index] = character < table.Length ? table[character] : character;
            }
        });

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long).</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var table = Table;
        destination = destination[..text.Length];
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            destination[index] = character < table.Length ? table[character] : character;
        }
    }

    private static char[] BuildTable()
    {
        // Latin, its extensions and Vietnamese (U+1E00–U+1EFF); everything above folds to itself.
        var table = new char[0x1F00];
        for (var code = 0; code < table.Length; code++)
        {
            var character = (char)code;
            if (code < 0x80 || char.IsWhiteSpace(character) || char.IsControl(character) || char.IsSurrogate(character))
            {
                table[code] = char.ToLowerInvariant(character);
                continue;
            }

            var key = VietnameseText.SearchKey(character.ToString());
            table[code] = key.Length == 1 ? key[0] : char.ToLowerInvariant(character);
        }

        return table;
    }
}
