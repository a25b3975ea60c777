namespace DangVu.Core.Text;

/// <summary>
/// Vietnamese personal names: family name first, given name last ("Nguyễn Văn Hoà" → given "Hoà").
/// Lists of people are ordered by given name, then by the rest of the name, in Vietnamese order.
/// </summary>
public static class PersonNames
{
    /// <summary>
    /// Orders full names by given name, then family and middle names (ICU's vi collation). The given name is
    /// compared on its own first: in one string ICU weighs tones only after every letter, so "Lê Hoà" would
    /// fall between "Bùi Hoa" and "Trần Hoa". Databases order by <see cref="GivenName"/>, then <see cref="SortName"/>.
    /// </summary>
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create((left, right) =>
    {
        var byGivenName = VietnameseText.Compare(GivenName(left), GivenName(right));
        return byGivenName != 0 ? byGivenName : VietnameseText.Compare(SortName(left), SortName(right));
    });

    /// <summary>The given name: the last word of the normalized full name.</summary>
    public static string GivenName(string fullName)
    {
        var normalized = VietnameseText.Normalize(fullName);
        var lastSpace = normalized.LastIndexOf(' ');
        return lastSpace < 0 ? normalized : normalized[(lastSpace + 1)..];
    }

    /// <summary>
    /// The second key a database orders people by, after <see cref="GivenName"/>, with its Vietnamese collation:
    /// given name, a space, then the family and middle names ("Hoà Nguyễn Văn"). Stored so lists sort on an index.
    /// </summary>
    public static string SortName(string fullName)
    {
        var normalized = VietnameseText.Normalize(fullName);
        var lastSpace = normalized.LastIndexOf(' ');
        return lastSpace < 0 ? normalized : $"{normalized[(lastSpace + 1)..]} {normalized[..lastSpace]}";
    }
}
