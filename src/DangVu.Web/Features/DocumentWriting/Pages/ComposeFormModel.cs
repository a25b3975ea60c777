using DangVu.Core.DocumentWriting;
using DangVu.Data.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.DocumentWriting.Pages;

/// <summary>The compose form's fields, shared by the new-document and the edit-draft pages.</summary>
public abstract class ComposeFormModel(IAuthorizationService authorization, OrganizationQueries organizations) : PageModel
{
    [BindProperty] public Guid? Organization { get; set; }

    [BindProperty] public string? TypeCode { get; set; }

    [BindProperty] public string? Issuer { get; set; }

    [BindProperty] public string? IssuerParents { get; set; }

    [BindProperty] public string? IssuerCode { get; set; }

    [BindProperty] public string? Place { get; set; }

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? Body { get; set; }

    [BindProperty] public string? Recipients { get; set; }

    [BindProperty] public SigningAuthorityKind? SigningKind { get; set; }

    [BindProperty] public string? SigningBody { get; set; }

    [BindProperty] public string? SigningCollective { get; set; }

    [BindProperty] public string? SignerTitle { get; set; }

    [BindProperty] public string? SignerName { get; set; }

    internal IReadOnlyList<IssuerChoice> Issuers { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>A refusal that is not about one field (a conflict).</summary>
    public string? Problem { get; protected set; }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    protected async Task LoadIssuersAsync() => Issuers = await authorization.IssuersAsync(User, organizations, HttpContext.RequestAborted);

    protected DocumentInput ToInput() => new()
    {
        TypeCode = TypeCode,
        Issuer = Issuer,
        IssuerParents = IssuerParents,
        IssuerCode = IssuerCode,
        Place = Place,
        Date = Date,
        Title = Title,
        Body = Body,
        Recipients = Recipients,
        SigningKind = SigningKind,
        SigningBody = SigningBody,
        SigningCollective = SigningCollective,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
    };

    protected void Fill(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        TypeCode = input.TypeCode;
        Issuer = input.Issuer;
        IssuerParents = input.IssuerParents;
        IssuerCode = input.IssuerCode;
        Place = input.Place;
        Date = input.Date;
        Title = input.Title;
        Body = input.Body;
        Recipients = input.Recipients;
        SigningKind = input.SigningKind;
        SigningBody = input.SigningBody;
        SigningCollective = input.SigningCollective;
        SignerTitle = input.SignerTitle;
        SignerName = input.SignerName;
    }

    /// <summary>Shows a save's refusals on the form; true when there were any.</summary>
    internal bool Refused(ComposeOutcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            Errors[field] = message;
        }

        Problem = outcome.Refusal is null ? null : outcome.Message;
        return outcome.Errors.Count > 0 || Problem is not null;
    }
}
