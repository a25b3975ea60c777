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

/// <summary>
/// The checks a member's file needs that depend on nothing but its own values and today's date: the registry's forms
/// and the spreadsheet import both ask them. At most one problem per field (the first that applies).
/// </summary>
public static partial class MemberFileRules
{
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
        ArgumentNullException.ThrowIfNull(texts);
        var problems = new List<MemberFileProblem>();
        void Refuse(MemberField field, string message)
        {
            if (problems.TrueForAll(problem => problem.Field != field))
            {
                problems.Add(new(field, message));
            }
        }

        void Length(MemberField field, string? value, int limit, string label)
        {
            if (value?.Length > limit)
            {
                Refuse(field, $"{label} dài quá {limit} ký tự.");
            }
        }

        if (texts.FullName.Length == 0)
        {
            Refuse(MemberField.FullName, "Họ và tên không được để trống.");
        }

        Length(MemberField.FullName, texts.FullName, MemberLimits.FullName, "Họ và tên");
        if (birthDate.Year < MemberLimits.EarliestBirthYear)
        {
            Refuse(MemberField.BirthDate, "Ngày sinh không hợp lệ.");
        }
        else if (birthDate > today)
        {
            Refuse(MemberField.BirthDate, "Ngày sinh không được ở tương lai.");
        }
        else if (birthDate >= admittedOn)
        {
            Refuse(MemberField.BirthDate, "Ngày sinh phải trước ngày vào Đảng.");
        }

        if (string.IsNullOrEmpty(texts.Ethnicity))
        {
            Refuse(MemberField.Ethnicity, "Hãy nhập dân tộc.");
        }

        Length(MemberField.Ethnicity, texts.Ethnicity, MemberLimits.Ethnicity, "Dân tộc");
        Length(MemberField.Religion, texts.Religion, MemberLimits.Religion, "Tôn giáo");
        Length(MemberField.Hometown, texts.Hometown, MemberLimits.Hometown, "Quê quán");
        Length(MemberField.Education, texts.Education, MemberLimits.Education, "Trình độ giáo dục phổ thông");
        Length(MemberField.Profession, texts.Profession, MemberLimits.Profession, "Chuyên môn, nghiệp vụ");
        Length(MemberField.Position, texts.Position, MemberLimits.Position, "Chức vụ");
        if (admittedOn > today)
        {
            Refuse(MemberField.AdmittedOn, "Ngày vào Đảng không được ở tương lai.");
        }

        if (officialOn is { } official)
        {
            if (official > today)
            {
                Refuse(MemberField.OfficialOn, "Ngày chính thức không được ở tương lai.");
            }
            else if (official <= admittedOn)
            {
                Refuse(MemberField.OfficialOn, "Ngày chính thức phải sau ngày vào Đảng.");
            }
        }

        if (texts.CitizenId is { } citizenId && !CitizenIdFormat().IsMatch(citizenId))
        {
            Refuse(MemberField.CitizenId, "Số căn cước công dân phải gồm đúng 12 chữ số.");
        }

        Length(MemberField.CardNumber, texts.CardNumber, MemberLimits.CardNumber, "Số thẻ đảng viên");
        return problems;
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex CitizenIdFormat();
}
