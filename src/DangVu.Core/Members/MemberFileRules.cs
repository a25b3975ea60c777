using System.Text.RegularExpressions;

namespace DangVu.Core.Members;

/// <summary>The fields of a member's file, named so a refusal can point at the form field or spreadsheet column.</summary>
public enum MemberField
{
    /// <summary>Họ và tên.</summary>
    FullName,

    /// <summary>Ngày sinh.</summary>
    BirthDate,

    /// <summary>Giới tính.</summary>
    Gender,

    /// <summary>Dân tộc.</summary>
    Ethnicity,

    /// <summary>Tôn giáo.</summary>
    Religion,

    /// <summary>Quê quán.</summary>
    Hometown,

    /// <summary>Trình độ giáo dục phổ thông.</summary>
    Education,

    /// <summary>Chuyên môn, nghiệp vụ.</summary>
    Profession,

    /// <summary>Ngành, lĩnh vực.</summary>
    Sector,

    /// <summary>Lý luận chính trị.</summary>
    TheoryLevel,

    /// <summary>Chức vụ.</summary>
    Position,

    /// <summary>Đoàn viên thanh niên.</summary>
    YouthUnionMember,

    /// <summary>Đoàn viên công đoàn.</summary>
    TradeUnionMember,

    /// <summary>Cốt cán chính trị.</summary>
    PoliticalCore,

    /// <summary>Ngày vào Đảng.</summary>
    AdmittedOn,

    /// <summary>Ngày chính thức.</summary>
    OfficialOn,

    /// <summary>Số thẻ đảng viên.</summary>
    CardNumber,

    /// <summary>Số căn cước công dân.</summary>
    CitizenId,

    /// <summary>Chi bộ sinh hoạt.</summary>
    Organization
}

/// <summary>One reason a member's file is refused, in Vietnamese, and the field it is about.</summary>
/// <param name="Field">The field the problem is about.</param>
/// <param name="Message">What is wrong, in Vietnamese, for the user.</param>
public sealed record MemberFileProblem(MemberField Field, string Message);

/// <summary>The checks a member's file needs that depend on nothing but the file itself and today's date.</summary>
public static partial class MemberFileRules
{
    /// <summary>Longest full name, as the database column.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest text each free-text field may hold (the database columns are this wide).</summary>
    public static readonly IReadOnlyDictionary<MemberField, int> MaxLengths = new Dictionary<MemberField, int>
    {
        [MemberField.FullName] = MaxNameLength,
        [MemberField.Ethnicity] = 64,
        [MemberField.Religion] = 64,
        [MemberField.Hometown] = 300,
        [MemberField.Education] = 32,
        [MemberField.Profession] = 200,
        [MemberField.Position] = 200,
        [MemberField.CardNumber] = 32,
    };

    /// <summary>The free-text fields of a file, for <see cref="Check"/>; null where the file leaves a field blank.</summary>
    /// <param name="FullName">Họ và tên.</param>
    /// <param name="Ethnicity">Dân tộc.</param>
    /// <param name="Religion">Tôn giáo.</param>
    /// <param name="Hometown">Quê quán.</param>
    /// <param name="Education">Trình độ giáo dục phổ thông.</param>
    /// <param name="Profession">Chuyên môn.</param>
    /// <param name="Position">Chức vụ.</param>
    /// <param name="CardNumber">Số thẻ đảng viên.</param>
    /// <param name="CitizenId">Số căn cước công dân.</param>
    public sealed record Texts(
        string FullName, string? Ethnicity, string? Religion, string? Hometown, string? Education, string? Profession,
        string? Position, string? CardNumber, string? CitizenId);

    /// <summary>Every problem with the given values; empty when the file may be saved as far as it alone can tell.</summary>
    /// <param name="texts">The free-text fields, already normalised.</param>
    /// <param name="birthDate">Ngày sinh.</param>
    /// <param name="admittedOn">Ngày vào Đảng.</param>
    /// <param name="officialOn">Ngày chính thức, if recognised.</param>
    /// <param name="today">Today in Vietnam: no date of the file may be after it.</param>
    public static IReadOnlyList<MemberFileProblem> Check(Texts texts, DateOnly birthDate, DateOnly admittedOn, DateOnly? officialOn, DateOnly today)
    {
        var problems = new List<MemberFileProblem>();
        if (texts.FullName.Length == 0)
        {
            problems.Add(new(MemberField.FullName, "Họ và tên không được để trống."));
        }

        CheckLength(problems, MemberField.FullName, texts.FullName, "Họ và tên");
        CheckLength(problems, MemberField.Ethnicity, texts.Ethnicity, "Dân tộc");
        CheckLength(problems, MemberField.Religion, texts.Religion, "Tôn giáo");
        CheckLength(problems, MemberField.Hometown, texts.Hometown, "Quê quán");
        CheckLength(problems, MemberField.Education, texts.Education, "Trình độ giáo dục phổ thông");
        CheckLength(problems, MemberField.Profession, texts.Profession, "Chuyên môn");
        CheckLength(problems, MemberField.Position, texts.Position, "Chức vụ");
        CheckLength(problems, MemberField.CardNumber, texts.CardNumber, "Số thẻ đảng viên");

        if (birthDate.Year < 1900 || birthDate >= admittedOn)
        {
            problems.Add(new(MemberField.BirthDate, "Ngày sinh phải từ năm 1900 và trước ngày vào Đảng."));
        }

        if (admittedOn > today)
        {
            problems.Add(new(MemberField.AdmittedOn, "Ngày vào Đảng không được ở tương lai."));
        }

        if (officialOn is { } official)
        {
            if (official <= admittedOn)
            {
                problems.Add(new(MemberField.OfficialOn, "Ngày chính thức phải sau ngày vào Đảng."));
            }
            else if (official > today)
            {
                problems.Add(new(MemberField.OfficialOn, "Ngày chính thức không được ở tương lai."));
            }
        }

        if (texts.CitizenId is { Length: > 0 } citizenId && !CitizenIdFormat().IsMatch(citizenId))
        {
            problems.Add(new(MemberField.CitizenId, "Số căn cước công dân phải gồm đúng 12 chữ số."));
        }

        return problems;
    }

    private static void CheckLength(List<MemberFileProblem> problems, MemberField field, string? value, string label)
    {
        if (value is not null && value.Length > MaxLengths[field])
        {
            problems.Add(new(field, $"{label} dài quá {MaxLengths[field]} ký tự."));
        }
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex CitizenIdFormat();
}
