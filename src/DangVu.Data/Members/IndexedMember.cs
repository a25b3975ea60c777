using DangVu.Core.Members;
using DangVu.Core.Text;

namespace DangVu.Data.Members;

/// <summary>
/// What <see cref="MemberNameIndex"/> holds of a member: the names it is found and ordered by, where it sits, and what a
/// search result shows. The family name is the family and middle names as written ("Nguyễn Văn"), the sort name minus
/// the given name; the full name is the family name, a space and the given name.
/// </summary>
internal sealed record IndexedMember(
    Guid Id, string GivenName, string FamilyName, string OrganizationPath, Guid OrganizationId, DateOnly BirthDate,
    Gender Gender, MemberStatus Status, string? CardNumber, bool IsSynthetic)
{
    public string GivenNameKey { get; } = VietnameseText.SearchKey(GivenName);

    public string FamilyKey { get; } = VietnameseText.SearchKey(FamilyName);

    public MemberSearchHit Hit => new(Id, FullNameOf(GivenName, FamilyName), BirthDate, Gender, Status, CardNumber, OrganizationId, IsSynthetic);

    public static string FamilyNameOf(string givenName, string sortName) =>
        sortName.Length > givenName.Length ? sortName[(givenName.Length + 1)..] : string.Empty;

    public static string FullNameOf(string givenName, string familyName) => familyName.Length == 0 ? givenName : $"{familyName} {givenName}";

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
