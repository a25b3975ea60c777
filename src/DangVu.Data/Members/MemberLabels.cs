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

    public static Gender? ParseGender(string text) => VietnameseText.MatchLabel(text, Enum.GetValues<Gender>(), Gender);

    public static Sector? ParseSector(string text) => VietnameseText.MatchLabel(text, Enum.GetValues<Sector>(), Sector);

    public static TheoryLevel? ParseTheoryLevel(string text) => VietnameseText.MatchLabel(text, Enum.GetValues<TheoryLevel>(), TheoryLevel);
}
