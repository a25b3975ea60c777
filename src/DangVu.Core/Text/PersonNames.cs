namespace DangVu.Core.Text;

/// <summary>
/// Vietnamese personal names: family name first, given name last ("Nguyễn Văn Hoà" → given "Hoà").
/// Lists of people are ordered by given name, then by the rest of the name, in Vietnamese order.
/// </summary>
public static class PersonNames
{
    /// <summary>Orders full names by given name, then family and middle names (ICU's vi collation).</summary>
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(
        (left, right) => VietnameseText.Compare(SortName(left), SortName(right)));

    /// <summary>The given name: the last word of the normalized full name.</summary>
    public static string GivenName(string fullName)
    {
        var normalized = VietnameseText.Normalize(fullName);
        var lastSpace = normalized.LastIndexOf(' ');
        return lastSpace < 0 ? normalized : normalized[(lastSpace + 1)..];
    }

    /// <summary>
    /// The string a database orders people by with its Vietnamese collation: given name, a space,
    /// then the family and middle names ("Hoà Nguyễn Văn"). Stored beside the name so lists sort on an index.
    /// </summary>
    public static string SortName(string fullName)
    {
        var normalized = VietnameseText.Normalize(fullName);
        var lastSpace = normalized.LastIndexOf(' ');
        return lastSpace < 0 ? normalized : $"{normalized[(lastSpace + 1)..]} {normalized[..lastSpace]}";
    }
}
