using DangVu.Core.Text;

namespace DangVu.Data.Members;

/// <summary>
/// What <see cref="MemberNameIndex"/> holds of a member: the names it is found and ordered by, where it sits, its birth
/// year. The family name is the family and middle names as written ("Nguyễn Văn"), the sort name minus the given name.
/// </summary>
internal sealed record IndexedMember(Guid Id, string GivenName, string FamilyName, string OrganizationPath, int BirthYear)
{
    public string GivenNameKey { get; } = VietnameseText.SearchKey(GivenName);

    public string FamilyKey { get; } = VietnameseText.SearchKey(FamilyName);

    /// <summary>From the stored columns: the sort name is the given name, a space, then the family and middle names.</summary>
    public static IndexedMember FromColumns(Guid id, string givenName, string sortName, string organizationPath, DateOnly birthDate) =>
        new(id, givenName, FamilyNameOf(givenName, sortName), organizationPath, birthDate.Year);

    public static string FamilyNameOf(string givenName, string sortName) =>
        sortName.Length > givenName.Length ? sortName[(givenName.Length + 1)..] : string.Empty;

    /// <summary>
    /// Vietnamese name order as the database's NameOrder index keeps it: given name, then the sort name — whose given
    /// name is then the same, so the family name decides — then the id (whose .NET order is that of its text and of
    /// PostgreSQL's uuid).
    /// </summary>
    public static int CompareNames(string givenName, string familyName, Guid id, string otherGivenName, string otherFamilyName, Guid otherId)
    {
        var byGiven = VietnameseText.Compare(givenName, otherGivenName);
        if (byGiven != 0)
        {
            return byGiven;
        }

        var byFamily = VietnameseText.Compare(familyName, otherFamilyName);
        return byFamily != 0 ? byFamily : id.CompareTo(otherId);
    }
}
