namespace DangVu.Core.Members;

/// <summary>The longest value each text field of a member's file may hold: the column sizes, and what forms and the registry check.</summary>
public static class MemberLimits
{
    /// <summary>Họ và tên.</summary>
    public const int FullName = 200;

    /// <summary>Dân tộc.</summary>
    public const int Ethnicity = 64;

    /// <summary>The ethnicity a file gets when none is given: the majority's, which forms also offer first.</summary>
    public const string DefaultEthnicity = "Kinh";

    /// <summary>Tôn giáo.</summary>
    public const int Religion = 64;

    /// <summary>Quê quán.</summary>
    public const int Hometown = 300;

    /// <summary>Trình độ giáo dục phổ thông.</summary>
    public const int Education = 32;

    /// <summary>Chuyên môn, nghiệp vụ.</summary>
    public const int Profession = 200;

    /// <summary>Chức vụ.</summary>
    public const int Position = 200;

    /// <summary>Số thẻ đảng viên.</summary>
    public const int CardNumber = 32;

    /// <summary>Số căn cước công dân (12 chữ số).</summary>
    public const int CitizenId = 12;

    /// <summary>Birth dates before this year are taken for typing mistakes.</summary>
    public const int EarliestBirthYear = 1900;
}
