using DangVu.Core.Members;
using DangVu.Core.Text;
using DangVu.Data.Members;
using DangVu.Web.Forms;

namespace DangVu.Web.Features.Members;

/// <summary>
/// The member-file form as typed: dates are text (dd/MM/yyyy, or the ISO value of a date input) so what the user
/// typed comes back unchanged with its error; identity numbers are typed only to change them.
/// </summary>
public sealed class MemberFileForm
{
    public string? FullName { get; set; }

    public string? BirthDate { get; set; }

    public Gender? Gender { get; set; }

    public string? Ethnicity { get; set; } = MemberLimits.DefaultEthnicity;

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

    public string? AdmittedOn { get; set; }

    public string? OfficialOn { get; set; }

    /// <summary>A new card number; empty keeps the stored one.</summary>
    public string? CardNumber { get; set; }

    /// <summary>A new citizen ID; empty keeps the stored one.</summary>
    public string? CitizenId { get; set; }

    public bool ClearCardNumber { get; set; }

    public bool ClearCitizenId { get; set; }

    /// <summary>The cell a new member joins (the create form only).</summary>
    public Guid? Organization { get; set; }

    /// <summary>The version of the file the form was filled from (the edit form only).</summary>
    public int Version { get; set; }

    /// <summary>The form filled from a stored file; identity numbers are not put in the page.</summary>
    public static MemberFileForm From(PartyMember member) => new()
    {
        FullName = member.FullName,
        BirthDate = VietnameseDates.Numeric(member.BirthDate),
        Gender = member.Gender,
        Ethnicity = member.Ethnicity,
        Religion = member.Religion,
        Hometown = member.Hometown,
        Education = member.Education,
        Profession = member.Profession,
        Sector = member.Sector,
        TheoryLevel = member.TheoryLevel,
        Position = member.Position,
        YouthUnionMember = member.YouthUnionMember,
        TradeUnionMember = member.TradeUnionMember,
        PoliticalCore = member.PoliticalCore,
        AdmittedOn = VietnameseDates.Numeric(member.AdmittedOn),
        OfficialOn = member.OfficialOn is { } official ? VietnameseDates.Numeric(official) : null,
        Organization = member.OrganizationId,
        Version = member.Version,
    };

    /// <summary>
    /// The file to save, with the identity numbers given; or null, with the reasons by field (property names of
    /// this form), when a required field is empty or a date cannot be read.
    /// </summary>
    public MemberFileChanges? ToChanges(string? cardNumber, string? citizenId, IDictionary<string, string> errors)
    {
        var birth = Date(BirthDate, nameof(BirthDate), "ngày sinh", errors);
        var admitted = Date(AdmittedOn, nameof(AdmittedOn), "ngày vào Đảng", errors);
        DateOnly? official = null;
        if (!string.IsNullOrWhiteSpace(OfficialOn))
        {
            official = Date(OfficialOn, nameof(OfficialOn), "ngày chính thức", errors);
        }

        if (string.IsNullOrWhiteSpace(FullName))
        {
            errors[nameof(FullName)] = "Họ và tên không được để trống.";
        }

        if (Gender is null)
        {
            errors[nameof(Gender)] = "Hãy chọn giới tính.";
        }

        return errors.Count > 0
            ? null
            : new MemberFileChanges(
                FullName!, birth!.Value, Gender!.Value, Ethnicity, Religion, Hometown, Education, Profession, Sector, TheoryLevel, Position,
                YouthUnionMember, TradeUnionMember, PoliticalCore, admitted!.Value, official, cardNumber, citizenId);
    }

    private static DateOnly? Date(string? text, string field, string label, IDictionary<string, string> errors)
    {
        var date = TypedDate.Read(text, label, out var refusal);
        if (refusal is not null)
        {
            errors[field] = refusal;
        }

        return date;
    }
}

/// <summary>Identity numbers in a form or request: what to store, and whether that is a change the caller must be allowed.</summary>
internal static class MemberIdentityInput
{
    /// <summary>
    /// Nothing given, or the masked form shown to the caller, keeps the stored value; an empty string (or
    /// <paramref name="clear"/>) removes it; anything else replaces it. A caller who may not see the number gets
    /// no hint whether a value they send equals the stored one: any value but the mask counts as a change.
    /// </summary>
    public static (string? Value, bool Changes) Resolve(string? submitted, string? stored, bool clear = false)
    {
        if (clear)
        {
            return (null, stored is not null);
        }

        if (submitted is null)
        {
            return (stored, false);
        }

        var trimmed = submitted.Trim();
        if (trimmed.Length == 0)
        {
            return (null, stored is not null);
        }

        return stored is not null && trimmed == MemberMasking.Mask(stored) ? (stored, false) : (trimmed, true);
    }
}
