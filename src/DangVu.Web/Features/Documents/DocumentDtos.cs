using System.ComponentModel.DataAnnotations;
using DangVu.Core.Documents;
using DangVu.Data.Documents;

namespace DangVu.Web.Features.Documents;

/// <summary>One page of a search, newest first.</summary>
public sealed record DocumentPageDto(IReadOnlyList<DocumentListItem> Items, int Total, int Page, int PageSize, int Pages)
{
    public static DocumentPageDto From(DocumentPage page) => new(page.Items, page.Total, page.Page, page.PageSize, page.Pages);
}

public sealed record DocumentSectionDto(string Number, string Heading);

public sealed record DocumentTaskDto(int Number, string Text);

public sealed record DocumentReferenceDto(string NumberSymbol, DateOnly? Date, string? Issuer);

/// <summary>
/// A cited document: <c>Status</c> is <c>registered</c> (with its <c>Document</c> id), <c>placeholder</c> (not in the
/// register yet) or <c>outOfReach</c> (registered in a register the caller does not read).
/// </summary>
public sealed record CitationDto(string NumberSymbol, DateOnly? Date, string? Issuer, string Status, Guid? Document)
{
    public static CitationDto From(CitationView view) => new(
        view.Citation.NumberSymbol, view.Citation.CitedOn, view.Citation.CitedIssuer,
        view.Cited is not null ? "registered" : view.IsPlaceholder ? "placeholder" : "outOfReach", view.Cited?.Id);
}

/// <summary>What a document cites and what cites it.</summary>
public sealed record DocumentGraphDto(Guid Id, string NumberSymbol, IReadOnlyList<CitationDto> Cites, IReadOnlyList<DocumentListItem> CitedBy)
{
    public static DocumentGraphDto From(DocumentView view) =>
        new(view.Document.Id, view.Document.NumberSymbol, [.. view.Cites.Select(CitationDto.From)], view.CitedBy);
}

public sealed record DocumentFileDto(string Name, string ContentType, long Size, string Sha256);

/// <summary>A registered document with its parts and graph.</summary>
public sealed record DocumentDto(
    Guid Id, string NumberSymbol, int? Serial, string? TypeCode, string? IssuerCode, string? Type, string Issuer, IReadOnlyList<string> IssuerParents,
    string? Place, DateOnly Date, string? Title, IReadOnlyList<string> Recipients, string? SigningAuthority, string? SignerTitle, string? SignerName,
    Guid Organization, string OrganizationName, IReadOnlyList<DocumentSectionDto> Sections, IReadOnlyList<DocumentTaskDto> Tasks,
    IReadOnlyList<CitationDto> Cites, IReadOnlyList<DocumentListItem> CitedBy, DocumentFileDto File, string RegisteredBy, DateTimeOffset RegisteredAt,
    bool IsSynthetic, int Version)
{
    public static DocumentDto From(DocumentView view)
    {
        var d = view.Document;
        return new(
            d.Id, d.NumberSymbol, d.Serial, d.TypeCode, d.IssuerCode, d.Type, d.Issuer, DocumentFields.Split(d.IssuerParents), d.Place, d.Date, d.Title,
            DocumentFields.Split(d.Recipients), d.SigningAuthority, d.SignerTitle, d.SignerName, d.OrganizationId, view.OrganizationName,
            [.. d.Sections.OrderBy(s => s.Position).Select(s => new DocumentSectionDto(s.Number, s.Heading))],
            [.. d.Tasks.OrderBy(t => t.Number).Select(t => new DocumentTaskDto(t.Number, t.Text))],
            [.. view.Cites.Select(CitationDto.From)], view.CitedBy, new DocumentFileDto(d.FileName, d.ContentType, d.FileSize, d.FileSha256),
            d.RegisteredBy, d.RegisteredAt, d.IsSynthetic, d.Version);
    }
}

/// <summary>The parts of a document as read or as to be registered. Dates as <c>yyyy-MM-dd</c>.</summary>
public sealed record DocumentPartsDto(
    string? NumberSymbol, int? Serial, string? TypeCode, string? IssuerCode, string? Type, string? Issuer, IReadOnlyList<string> IssuerParents,
    string? Place, DateOnly? Date, string? Title, IReadOnlyList<DocumentSectionDto> Sections, IReadOnlyList<DocumentTaskDto> Tasks,
    IReadOnlyList<DocumentReferenceDto> References, IReadOnlyList<string> Recipients, string? SigningAuthority, string? SignerTitle, string? SignerName)
{
    public static DocumentPartsDto From(ParsedDocument d) => new(
        d.NumberSymbol, d.Serial, d.TypeCode, d.IssuerCode, d.Type, d.Issuer, d.IssuerParents, d.Place, d.Date, d.Title,
        [.. d.Sections.Select(s => new DocumentSectionDto(s.Number, s.Heading))], [.. d.Tasks.Select(t => new DocumentTaskDto(t.Number, t.Text))],
        [.. d.References.Select(r => new DocumentReferenceDto(r.NumberSymbol, r.Date, r.Issuer))], d.Recipients, d.SigningAuthority, d.SignerTitle, d.SignerName);
}

/// <summary>
/// What was read from an upload: <c>Token</c> names the held file for <c>POST /api/documents</c>; <c>Doubtful</c>
/// names the parts to check (property names of <c>Parts</c>), <c>Warnings</c> says why.
/// </summary>
public sealed record DocumentPreviewDto(string Token, string FileName, DocumentPartsDto Parts, IReadOnlyList<string> Doubtful, IReadOnlyList<string> Warnings)
{
    public static DocumentPreviewDto From(DocumentPreview preview) => new(
        preview.Token, preview.FileName, DocumentPartsDto.From(preview.Read),
        [.. preview.Doubtful.Select(field => char.ToLowerInvariant(field[0]) + field[1..]).Order(StringComparer.Ordinal)], preview.Read.Warnings);
}

/// <summary>A file to read, its content in base64 (the API takes JSON bodies only; see docs/decisions.md).</summary>
public sealed class PreviewDocumentRequest
{
    [Required(ErrorMessage = "Hãy gửi tên tệp (.txt, .docx hoặc .pdf).")]
    [MaxLength(DocumentLimits.FileName, ErrorMessage = "Tên tệp dài quá.")]
    public string? FileName { get; set; }

    [Required(ErrorMessage = "Hãy gửi nội dung tệp (base64).")]
    public string? Content { get; set; }
}

/// <summary>The parts as the user confirms them; a list or the references left out keep what was read.</summary>
public abstract class DocumentPartsRequest
{
    public string? NumberSymbol { get; set; }

    public string? Type { get; set; }

    public string? Issuer { get; set; }

    public IReadOnlyList<string>? IssuerParents { get; set; }

    public string? Place { get; set; }

    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public IReadOnlyList<string>? Recipients { get; set; }

    public string? SigningAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    public IReadOnlyList<DocumentReferenceDto>? References { get; set; }

    public ParsedDocument Apply(ParsedDocument read) => read with
    {
        NumberSymbol = NumberSymbol,
        Type = Type,
        Issuer = Issuer,
        IssuerParents = IssuerParents ?? read.IssuerParents,
        Place = Place,
        Date = Date,
        Title = Title,
        Recipients = Recipients ?? read.Recipients,
        SigningAuthority = SigningAuthority,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
        References = References?.Select(r => new ParsedReference(r.NumberSymbol, r.Date, r.Issuer)).ToList() ?? read.References,
        Warnings = [],
    };
}

/// <summary>Registers a previewed upload in an organization's register.</summary>
public sealed class SaveDocumentRequest : DocumentPartsRequest
{
    [Required(ErrorMessage = "Hãy gửi mã tệp đã xem trước (token).")]
    public string? Token { get; set; }

    [Required(ErrorMessage = "Hãy chọn tổ chức giữ văn bản.")]
    public Guid? Organization { get; set; }

    /// <summary>The file's name as uploaded (kept with the file).</summary>
    public string? FileName { get; set; }
}

/// <summary>Corrects a registered document; <c>Version</c> is the one read.</summary>
public sealed class UpdateDocumentRequest : DocumentPartsRequest
{
    [Required(ErrorMessage = "Hãy gửi phiên bản (version) đã đọc.")]
    public int? Version { get; set; }
}
