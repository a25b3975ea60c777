using System.Globalization;
using DangVu.Core.Text;

namespace DangVu.Data.Members;

/// <summary>
/// What a typed query matches, as folded keys: family and middle names starting with all of it ("vu duc"), a given
/// name starting with its last word — after exactly the family and middle names typed before it, when there are
/// ("nguyen van h") — or, for four digits, a birth year. The same rules as <see cref="MemberNameSearch"/>'s statements.
/// </summary>
internal sealed record NameQuery(string Key, int? BirthYear)
{
    /// <summary>The query a typed text makes (trimmed by the caller).</summary>
    public static NameQuery Of(string text) => new(VietnameseText.SearchKey(text), BirthYearIn(text));

    /// <summary>The year four digits name, or null.</summary>
    public static int? BirthYearIn(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1 ? year : null;

    public string GivenNamePrefix => LastSpace < 0 ? Key : Key[(LastSpace + 1)..];

    /// <summary>The family and middle names typed before the given name, or null when one word was typed.</summary>
    public string? ExactFamily => LastSpace < 0 ? null : Key[..LastSpace];

    private int LastSpace => Key.LastIndexOf(' ');

    public bool Matches(IndexedMember member) =>
        member.FamilyKey.StartsWith(Key, StringComparison.Ordinal)
        || (member.GivenNameKey.StartsWith(GivenNamePrefix, StringComparison.Ordinal)
            && (ExactFamily is null || member.FamilyKey == ExactFamily))
        || member.BirthDate.Year == BirthYear;
}
