using DangVu.Core.DocumentWriting;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// A document composed in DangVu: the composed parts as they will be printed (normalised, capitals applied), its
/// status, and once issued its serial and number-symbol. An issued document no longer changes: its DOCX and PDF are
/// drawn from these columns, so every download prints the same text.
/// </summary>
public sealed class WrittenDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The organization that issues it; access follows that organization's subtree.</summary>
    public Guid OrganizationId { get; set; }

    public string TypeCode { get; set; } = string.Empty;

    public string Issuer { get; set; } = string.Empty;

    /// <summary>The bodies above the issuer, one a line.</summary>
    public string IssuerParents { get; set; } = string.Empty;

    public string IssuerCode { get; set; } = string.Empty;

    public string Place { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>One paragraph a line.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>One recipient a line.</summary>
    public string Recipients { get; set; } = string.Empty;

    public SigningAuthorityKind SigningKind { get; set; }

    public string SigningBody { get; set; } = string.Empty;

    public string? SigningCollective { get; set; }

    public string SignerTitle { get; set; } = string.Empty;

    public string SignerName { get; set; } = string.Empty;

    public WrittenDocumentStatus Status { get; set; } = WrittenDocumentStatus.Draft;

    /// <summary>Null until issued: a draft has no serial, so an abandoned draft leaves no gap.</summary>
    public int? Serial { get; set; }

    /// <summary>"509-TB/TU", set when issued.</summary>
    public string? NumberSymbol { get; set; }

    /// <summary>The run of serials it was numbered in (<see cref="SerialPeriod.Key"/>), set when issued.</summary>
    public string? SerialPeriodKey { get; set; }

    /// <summary>"nhiệm kỳ 2005–2010" or "năm 2008".</summary>
    public string? SerialPeriodLabel { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? IssuedBy { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>The issued document in its organization's register (<see cref="IssuedDocumentFiling"/>); null until filed.</summary>
    public Guid? RegisteredDocumentId { get; set; }

    /// <summary>Bumped by every change; a save or an issue made against an older version is refused.</summary>
    public int Version { get; set; }

    public bool IsIssued => Status == WrittenDocumentStatus.Issued;

    /// <summary>Takes the composed parts (all but the serial, which only issuing sets).</summary>
    public void Take(ComposedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        TypeCode = document.Kind.Code;
        Issuer = document.Issuer;
        IssuerParents = string.Join('\n', document.IssuerParents);
        IssuerCode = document.IssuerCode;
        Place = document.Place;
        Date = document.Date;
        Title = document.Title;
        Body = DocumentBody.Join(document.Body);
        Recipients = string.Join('\n', document.Recipients);
        SigningKind = document.Signature.Kind;
        SigningBody = document.Signature.Body;
        SigningCollective = document.Signature.Collective;
        SignerTitle = document.Signature.SignerTitle;
        SignerName = document.Signature.SignerName;
    }

    /// <summary>The composed document, with its serial when issued.</summary>
    public ComposedDocument ToComposed() => new()
    {
        Kind = DocumentKinds.Find(TypeCode) ?? throw new InvalidOperationException($"Unknown document type {TypeCode}."),
        Issuer = Issuer,
        IssuerParents = DocumentBody.Lines(IssuerParents),
        IssuerCode = IssuerCode,
        Serial = Serial,
        Place = Place,
        Date = Date,
        Title = Title,
        Body = DocumentBody.Split(Body),
        Recipients = DocumentBody.Lines(Recipients),
        Signature = new Signature(SigningKind, SigningBody, SigningCollective, SignerTitle, SignerName),
    };

    /// <summary>What the edit form shows.</summary>
    public DocumentInput ToInput() => new()
    {
        TypeCode = TypeCode,
        Issuer = Issuer,
        IssuerParents = IssuerParents,
        IssuerCode = IssuerCode,
        Place = Place,
        Date = Core.Text.VietnameseDates.Numeric(Date),
        Title = Title,
        Body = Body,
        Recipients = Recipients,
        SigningKind = SigningKind,
        SigningBody = SigningBody,
        SigningCollective = SigningCollective,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
    };
}
