using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DangVu.Core.Members;
using DangVu.Data.Members;

namespace DangVu.Web.Features.Members;

/// <summary>A member in a list: identity numbers masked.</summary>
public sealed record MemberSummaryDto(
    Guid Id, string FullName, int BirthYear, string Gender, string Status, string? CardNumber, Guid Organization, bool IsSynthetic)
{
    public static MemberSummaryDto From(MemberSearchHit member) => new(
        member.Id, member.FullName, member.BirthDate.Year, MemberNames.Gender(member.Gender), MemberNames.Status(member.Status),
        MemberMasking.Mask(member.CardNumber), member.OrganizationId, member.IsSynthetic);
}

public sealed record MemberEventDto(string Kind, DateOnly On);

/// <summary>A member's file; <c>CitizenId</c> and <c>CardNumber</c> are masked unless revealed. Labels are Vietnamese.</summary>
public sealed record MemberDetailDto(
    Guid Id, string FullName, DateOnly BirthDate, string Gender, string Ethnicity, string? Hometown, string Sector,
    DateOnly AdmittedOn, DateOnly? OfficialOn, string Status, string? CardNumber, string? CitizenId, bool YouthUnionMember,
    bool PoliticalCore, Guid Organization, bool IsSynthetic, int Version, IReadOnlyList<MemberEventDto> Events,
    string? Religion, string? Education, string? Profession, string TheoryLevel, string? Position, bool TradeUnionMember)
{
    public static MemberDetailDto From(PartyMember member, bool revealed) => new(
        member.Id, member.FullName, member.BirthDate, MemberNames.Gender(member.Gender), member.Ethnicity, member.Hometown,
        MemberNames.Sector(member.Sector), member.AdmittedOn, member.OfficialOn, MemberNames.Status(member.Status),
        revealed ? member.CardNumber : MemberMasking.Mask(member.CardNumber),
        revealed ? member.CitizenId : MemberMasking.Mask(member.CitizenId),
        member.YouthUnionMember, member.PoliticalCore, member.OrganizationId, member.IsSynthetic, member.Version,
        member.Events.OrderBy(e => e.On).Select(e => new MemberEventDto(MemberNames.Event(e.Kind), e.On)).ToList(),
        member.Religion, member.Education, member.Profession, MemberNames.TheoryLevel(member.TheoryLevel), member.Position,
        member.TradeUnionMember);
}

/// <summary>
/// The fields of a member's file, as a client sends them. Enumerations go by name (<c>"Female"</c>, <c>"Health"</c>,
/// <c>"Intermediate"</c>); dates as <c>yyyy-MM-dd</c>. Identity numbers: leave out (or send as shown masked) to keep
/// them, send <c>""</c> to clear; only the office and inspection of the member's organization may set them.
/// </summary>
public abstract class MemberFileRequest
{
    [Required(ErrorMessage = "Họ và tên không được để trống.")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày sinh.")]
    public DateOnly? BirthDate { get; set; }

    [Required(ErrorMessage = "Hãy chọn giới tính.")]
    public Gender? Gender { get; set; }

    public string? Ethnicity { get; set; }

    public string? Religion { get; set; }

    public string? Hometown { get; set; }

    public string? Education { get; set; }

    public string? Profession { get; set; }

    public Sector Sector { get; set; } = Sector.Administration;

    public TheoryLevel TheoryLevel { get; set; }

    public string? Position { get; set; }

    public bool YouthUnionMember { get; set; }

    public bool TradeUnionMember { get; set; }

    public bool PoliticalCore { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày vào Đảng.")]
    public DateOnly? AdmittedOn { get; set; }

    public DateOnly? OfficialOn { get; set; }

    public string? CardNumber { get; set; }

    public string? CitizenId { get; set; }

    public MemberFileChanges ToChanges(string? cardNumber, string? citizenId) => new(
        FullName ?? string.Empty, BirthDate!.Value, Gender!.Value, Ethnicity, Religion, Hometown, Education, Profession, Sector,
        TheoryLevel, Position, YouthUnionMember, TradeUnionMember, PoliticalCore, AdmittedOn!.Value, OfficialOn, cardNumber, citizenId);
}

/// <summary>A new member's file and the cell they join.</summary>
public sealed class CreateMemberRequest : MemberFileRequest
{
    [Required(ErrorMessage = "Hãy chọn chi bộ.")]
    public Guid? Organization { get; set; }
}

/// <summary>A corrected file, with the version the caller read (a stale one gets 409).</summary>
public sealed class UpdateMemberRequest : MemberFileRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản hồ sơ (version) đã đọc.")]
    public int? Version { get; set; }
}

/// <summary>A dated event to record in a member's file.</summary>
public sealed class RecordMemberEventRequest
{
    [EnumDataType(typeof(MemberEventKind), ErrorMessage = "Loại sự kiện không hợp lệ.")]
    [JsonConverter(typeof(JsonStringEnumConverter<MemberEventKind>))]
    public MemberEventKind Kind { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày.")]
    public DateOnly? On { get; set; }

    /// <summary>The cell the member goes to (reassignment, transfer in).</summary>
    public Guid? Organization { get; set; }

    [StringLength(1000, ErrorMessage = "Ghi chú dài quá 1000 ký tự.")]
    public string? Note { get; set; }

    public int Version { get; set; }
}
