namespace DangVu.Data.Members;

/// <summary>The longest value each text field of a member's file may hold: the column sizes, and what forms and the registry check.</summary>
public static class MemberLimits
{
    public const int FullName = 200;
    public const int Ethnicity = 64;
    public const int Religion = 64;
    public const int Hometown = 300;
    public const int Education = 32;
    public const int Profession = 200;
    public const int Position = 200;
    public const int CardNumber = 32;
    public const int CitizenId = 12;

    /// <summary>Birth dates before this year are taken for typing mistakes.</summary>
    public const int EarliestBirthYear = 1900;
}
