using DangVu.Core.Text;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Members.Pages;

/// <summary>What the add and edit pages share: the form, its errors by field, and what the stored file says after a conflict.</summary>
public abstract class MemberFilePageModel : PageModel
{
    private const string Prefix = nameof(Input) + ".";

    private Dictionary<string, string> _stored = [];

    [BindProperty]
    public MemberFileForm Input { get; set; } = new();

    /// <summary>Whether the caller may type identity numbers (they may read them where the member is).</summary>
    public bool CanEditIdentity { get; protected set; }

    public bool IsNew { get; protected set; }

    /// <summary>On a new file: the cells the caller may add members to.</summary>
    public IReadOnlyList<OrganizationNode> Cells { get; protected set; } = [];

    /// <summary>The stored identity numbers as the caller may see them (masked).</summary>
    public string? StoredCardNumber { get; protected set; }

    public string? StoredCitizenId { get; protected set; }

    /// <summary>On an edit: whether the file has a recognition whose date may be corrected.</summary>
    public bool OfficialDateEditable { get; protected set; } = true;

    /// <summary>Set when someone else saved the file while this form was open.</summary>
    public string? ConflictMessage { get; protected set; }

    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(Prefix + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>After a conflict, what the stored file holds in a field where it differs from what was typed.</summary>
    public string? StoredValueOf(string field) => _stored.GetValueOrDefault(field);

    protected void AddErrors(IEnumerable<KeyValuePair<string, string>> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field.Length == 0 ? string.Empty : Prefix + (field == nameof(PartyMember.OrganizationId) ? nameof(MemberFileForm.Organization) : field), message);
        }
    }

    protected void AddErrors(IEnumerable<MemberFileError> errors) =>
        AddErrors(errors.Select(error => KeyValuePair.Create(error.Field, error.Message)));

    /// <summary>A value the model binder could not read (only a hand-made request sends one) gets a Vietnamese message too.</summary>
    protected void TranslateBindingErrors()
    {
        foreach (var (_, entry) in ModelState.Where(pair => pair.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            entry.Errors.Add("Giá trị không hợp lệ.");
        }
    }

    /// <summary>Keeps what the user typed and notes, field by field, what the stored file now says instead.</summary>
    protected void ShowConflict(PartyMember stored, string message)
    {
        ConflictMessage = message;
        var typed = Input;
        var current = MemberFileForm.From(stored);
        var fields = new (string Field, string? Typed, string? Stored)[]
        {
            (nameof(MemberFileForm.FullName), VietnameseText.Normalize(typed.FullName), current.FullName),
            (nameof(MemberFileForm.BirthDate), Date(typed.BirthDate), current.BirthDate),
            (nameof(MemberFileForm.Gender), Label(typed.Gender), Label(current.Gender)),
            (nameof(MemberFileForm.Ethnicity), VietnameseText.Normalize(typed.Ethnicity), current.Ethnicity),
            (nameof(MemberFileForm.Religion), VietnameseText.Normalize(typed.Religion), current.Religion ?? string.Empty),
            (nameof(MemberFileForm.Hometown), VietnameseText.Normalize(typed.Hometown), current.Hometown ?? string.Empty),
            (nameof(MemberFileForm.Education), VietnameseText.Normalize(typed.Education), current.Education ?? string.Empty),
            (nameof(MemberFileForm.Profession), VietnameseText.Normalize(typed.Profession), current.Profession ?? string.Empty),
            (nameof(MemberFileForm.Sector), MemberNames.Sector(typed.Sector), MemberNames.Sector(current.Sector)),
            (nameof(MemberFileForm.TheoryLevel), MemberNames.TheoryLevel(typed.TheoryLevel), MemberNames.TheoryLevel(current.TheoryLevel)),
            (nameof(MemberFileForm.Position), VietnameseText.Normalize(typed.Position), current.Position ?? string.Empty),
            (nameof(MemberFileForm.YouthUnionMember), YesNo(typed.YouthUnionMember), YesNo(current.YouthUnionMember)),
            (nameof(MemberFileForm.TradeUnionMember), YesNo(typed.TradeUnionMember), YesNo(current.TradeUnionMember)),
            (nameof(MemberFileForm.PoliticalCore), YesNo(typed.PoliticalCore), YesNo(current.PoliticalCore)),
            (nameof(MemberFileForm.AdmittedOn), Date(typed.AdmittedOn), current.AdmittedOn),
            (nameof(MemberFileForm.OfficialOn), Date(typed.OfficialOn), current.OfficialOn ?? string.Empty),
        };
        _stored = fields
            .Where(field => !string.Equals(field.Typed, field.Stored, StringComparison.Ordinal))
            .ToDictionary(field => field.Field, field => field.Stored is { Length: > 0 } value ? value : "(để trống)");
        // The next save is a deliberate overwrite of the version now shown.
        Input.Version = stored.Version;
    }

    private static string Date(string? text) =>
        VietnameseDates.TryParse(text, out var date) ? VietnameseDates.Numeric(date) : VietnameseText.Normalize(text);

    private static string Label(Gender? gender) => gender is { } value ? MemberNames.Gender(value) : string.Empty;

    private static string YesNo(bool value) => value ? "Có" : "Không";
}
