using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DangVu.Core.Members;
using DangVu.Data.Members;

namespace DangVu.Web.Features.Members;

/// <summary>A member in a list: identity numbers masked.</summary>
public sealed record MemberSummaryDto(
    Guid Id, string FullName, int BirthYear, string Gender, string Status, string? CardNumber, Guid Organization, bool IsSynthetic)
{
    public static MemberSummaryDto From(PartyMember member) => new(
        member.Id, member.FullName, member.BirthDate.Year, MemberNames.Gender(member.Gender), MemberNames.Status(member.Status),
        MemberMasking.Mask(member.CardNumber), member.OrganizationId, member.IsSynthetic);
}

public sealed record MemberEventDto(string Kind, DateOnly On);

/// <summary>A member's file; <c>CitizenId</c> and <c>CardNumber</c> are masked unless revealed.</summary>
public sealed record MemberDetailDto(
    Guid Id, string FullName, DateOnly BirthDate, string Gender, string Ethnicity, string? Hometown, string Sector,
    DateOnly AdmittedOn, DateOnly? OfficialOn, string Status, string? CardNumber, string? CitizenId, bool YouthUnionMember,
    bool PoliticalCore, Guid Organization, bool IsSynthetic, int Version, IReadOnlyList<MemberEventDto> Events)
{
    public static MemberDetailDto From(PartyMember member, bool revealed) => new(
        member.Id, member.FullName, member.BirthDate, MemberNames.Gender(member.Gender), member.Ethnicity, member.Hometown,
        MemberNames.Sector(member.Sector), member.AdmittedOn, member.OfficialOn, MemberNames.Status(member.Status),
        revealed ? member.CardNumber : MemberMasking.Mask(member.CardNumber),
        revealed ? member.CitizenId : MemberMasking.Mask(member.CitizenId),
        member.YouthUnionMember, member.PoliticalCore, member.OrganizationId, member.IsSynthetic, member.Version,
        member.Events.OrderBy(e => e.On).Select(e => new MemberEventDto(MemberNames.Event(e.Kind), e.On)).ToList());
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
