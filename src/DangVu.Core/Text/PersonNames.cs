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

    /// <summary>Everything a stored person needs to be sorted and found, computed once from the name as typed.</summary>
    public static PersonNameKeys Keys(string fullName)
    {
        var normalized = VietnameseText.Normalize(fullName);
        var given = GivenName(normalized);
        var searchKey = VietnameseText.SearchKey(normalized);
        var givenNameKey = VietnameseText.SearchKey(given);
        var familyKey = searchKey.Length > givenNameKey.Length ? searchKey[..(searchKey.Length - givenNameKey.Length - 1)] : string.Empty;
        return new(normalized, given, SortName(normalized), searchKey, givenNameKey, familyKey);
    }

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

/// <summary>A person's name in canonical form with its sort and search keys.</summary>
/// <param name="FullName">The normalized full name.</param>
/// <param name="GivenName">The last word: the first sort key.</param>
/// <param name="SortName">Given name, then family and middle names: the second sort key.</param>
/// <param name="SearchKey">The folded full name, for prefix search.</param>
/// <param name="GivenNameKey">The folded given name, for search by given name alone.</param>
/// <param name="FamilyKey">The folded family and middle names: the search key without the given name ("nguyen van").</param>
public sealed record PersonNameKeys(string FullName, string GivenName, string SortName, string SearchKey, string GivenNameKey, string FamilyKey);
