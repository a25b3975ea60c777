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
    bool PoliticalCore, Guid Organization, bool IsSynthetic, IReadOnlyList<MemberEventDto> Events)
{
    public static MemberDetailDto From(PartyMember member, bool revealed) => new(
        member.Id, member.FullName, member.BirthDate, MemberNames.Gender(member.Gender), member.Ethnicity, member.Hometown,
        MemberNames.Sector(member.Sector), member.AdmittedOn, member.OfficialOn, MemberNames.Status(member.Status),
        revealed ? member.CardNumber : MemberMasking.Mask(member.CardNumber),
        revealed ? member.CitizenId : MemberMasking.Mask(member.CitizenId),
        member.YouthUnionMember, member.PoliticalCore, member.OrganizationId, member.IsSynthetic,
        member.Events.OrderBy(e => e.On).Select(e => new MemberEventDto(MemberNames.Event(e.Kind), e.On)).ToList());
}
