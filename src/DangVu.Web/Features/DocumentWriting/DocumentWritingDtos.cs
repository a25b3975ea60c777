using System.ComponentModel.DataAnnotations;
using DangVu.Core.DocumentWriting;
using DangVu.Data.DocumentWriting;

namespace DangVu.Web.Features.DocumentWriting;

/// <summary>A document to compose: as the form, with lists as arrays. Blank issuer fields take the organization's defaults.</summary>
internal sealed record DocumentRequest
{
    [Required(ErrorMessage = "Hãy chọn tổ chức ban hành.")]
    public Guid? Organization { get; init; }

    /// <summary>"TB", "KH", "BC", "CV", "QĐ", "NQ", "CT", "KL", "HD", "CTr", "TTr", "QC", "QĐi".</summary>
    public string? TypeCode { get; init; }

    /// <summary>The issuing body as the header writes it; blank: from the organization ("ĐẢNG UỶ SỞ Y TẾ").</summary>
    public string? Issuer { get; init; }

    /// <summary>The bodies above the issuer, outermost first; empty: from the organization's parent.</summary>
    public IReadOnlyList<string>? IssuerParents { get; init; }

    /// <summary>"TU", "ĐUK", "ĐU", "CB"; blank: from the organization's kind.</summary>
    public string? IssuerCode { get; init; }

    public string? Place { get; init; }

    /// <summary>Date of issue, dd/MM/yyyy.</summary>
    public string? Date { get; init; }

    public string? Title { get; init; }

    /// <summary>The paragraphs, numbers as written ("I- …", "1- …"); a letter opens with "Kính gửi: …".</summary>
    public IReadOnlyList<string>? Body { get; init; }

    public IReadOnlyList<string>? Recipients { get; init; }

    public SigningAuthorityKind? SigningKind { get; init; }

    /// <summary>What follows T/M, T/L or K/T: "BAN THƯỜNG VỤ", "BÍ THƯ".</summary>
    public string? SigningBody { get; init; }

    /// <summary>For K/T under a collective: "BAN THƯỜNG VỤ".</summary>
    public string? SigningCollective { get; init; }

    public string? SignerTitle { get; init; }

    public string? SignerName { get; init; }

    /// <summary>The version read (changing a draft only).</summary>
    public int? Version { get; init; }

    public DocumentInput ToInput() => new()
    {
        TypeCode = TypeCode,
        Issuer = Issuer,
        IssuerParents = IssuerParents is null ? null : string.Join('\n', IssuerParents),
        IssuerCode = IssuerCode,
        Place = Place,
        Date = Date,
        Title = Title,
        Body = Body is null ? null : string.Join('\n', Body),
        Recipients = Recipients is null ? null : string.Join('\n', Recipients),
        SigningKind = SigningKind,
        SigningBody = SigningBody,
        SigningCollective = SigningCollective,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
    };
}

/// <summary>Issue a draft read at this version.</summary>
internal sealed record IssueRequest([property: Required(ErrorMessage = "Hãy gửi phiên bản (version) của văn bản đã đọc.")] int? Version);

/// <summary>A kind of document the composer offers.</summary>
internal sealed record DocumentKindDto(string Code, string Name, bool IsLetter);

/// <summary>An organization the caller may issue for, with the header it proposes.</summary>
internal sealed record IssuerDto(Guid Id, string Name, string Issuer, string IssuerCode, IReadOnlyList<string> IssuerParents)
{
    public static IssuerDto From(IssuerChoice choice) => new(choice.Id, choice.Name, choice.Issuer, choice.Code, choice.Parents);
}

/// <summary>A written document: its parts as they print, its status and, once issued, its number.</summary>
internal sealed record WrittenDocumentDto(
    Guid Id,
    WrittenDocumentStatus Status,
    Guid Organization,
    string OrganizationName,
    string TypeCode,
    string Type,
    string Issuer,
    IReadOnlyList<string> IssuerParents,
    string IssuerCode,
    string NumberSymbol,
    int? Serial,
    string? SerialPeriod,
    string Place,
    DateOnly Date,
    string DateLine,
    string Title,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Recipients,
    SigningAuthorityKind SigningKind,
    string SigningAuthority,
    string SignerTitle,
    string SignerName,
    int Version,
    string CreatedBy,
    string? IssuedBy,
    DateTimeOffset? IssuedAt,
    Guid? RegisteredDocument,
    string Docx,
    string Pdf)
{
    public static WrittenDocumentDto From(WrittenDocumentEntry entry)
    {
        var document = entry.Document;
        var composed = document.ToComposed();
        return new(document.Id, document.Status, document.OrganizationId, entry.OrganizationName, composed.Kind.Code, composed.Kind.Name,
            composed.Issuer, composed.IssuerParents, composed.IssuerCode, composed.NumberSymbol, document.Serial, document.SerialPeriodLabel,
            composed.Place, composed.Date, composed.PlaceAndDate, composed.Title, [.. composed.Body.Select(p => p.Text)], composed.Recipients,
            composed.Signature.Kind, composed.Signature.AuthorityText, composed.Signature.SignerTitle, composed.Signature.SignerName,
            document.Version, document.CreatedBy, document.IssuedBy, document.IssuedAt, document.RegisteredDocumentId,
            DocumentWritingPaths.Download(document.Id, "docx"), DocumentWritingPaths.Download(document.Id, "pdf"));
    }
}
