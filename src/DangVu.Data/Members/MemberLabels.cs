using DangVu.Core.Text;

namespace DangVu.Data.Members;

/// <summary>
/// The Vietnamese words for the coded fields of a member's file, both ways: pages and exports show them, imports
/// read them back (in any spelling: "Nữ", "nu", "NỮ").
/// </summary>
public static class MemberLabels
{
    public static string Gender(Gender gender) => gender == Members.Gender.Female ? "Nữ" : "Nam";

    public static string Sector(Sector sector) => sector switch
    {
        Members.Sector.Administration => "Quản lý nhà nước, Đảng, đoàn thể",
        Members.Sector.Health => "Y tế",
        Members.Sector.Education => "Giáo dục",
        Members.Sector.Enterprise => "Doanh nghiệp",
        Members.Sector.ArmedForces => "Lực lượng vũ trang",
        _ => "Khác",
    };

    public static string TheoryLevel(TheoryLevel level) => level switch
    {
        Members.TheoryLevel.Elementary => "Sơ cấp",
        Members.TheoryLevel.Intermediate => "Trung cấp",
        Members.TheoryLevel.Advanced => "Cao cấp",
        _ => "Chưa qua đào tạo",
    };

    public static bool TryParseGender(string text, out Gender gender) => TryParse(text, Enum.GetValues<Gender>(), Gender, out gender);

    public static bool TryParseSector(string text, out Sector sector) => TryParse(text, Enum.GetValues<Sector>(), Sector, out sector);

    public static bool TryParseTheoryLevel(string text, out TheoryLevel level) => TryParse(text, Enum.GetValues<TheoryLevel>(), TheoryLevel, out level);

    private static bool TryParse<T>(string text, T[] values, Func<T, string> label, out T value)
        where T : struct, Enum
    {
        var key = VietnameseText.SearchKey(text);
        foreach (var candidate in values)
        {
            if (VietnameseText.SearchKey(label(candidate)) == key)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
