namespace DangVu.Core.DocumentWriting;

/// <summary>What the compose form (or the API) sends, as typed: text fields, lists one item a line, the date as dd/MM/yyyy.</summary>
public sealed record DocumentInput
{
    /// <summary>The kind's code: "TB", "CV", "QĐ" (<see cref="DocumentKinds"/>).</summary>
    public string? TypeCode { get; init; }

    /// <summary>The issuing body as the header writes it.</summary>
    public string? Issuer { get; init; }

    /// <summary>The bodies above the issuer, one a line.</summary>
    public string? IssuerParents { get; init; }

    /// <summary>The issuer code of the symbol: "TU".</summary>
    public string? IssuerCode { get; init; }

    /// <summary>The place of the date line.</summary>
    public string? Place { get; init; }

    /// <summary>dd/MM/yyyy (or the other forms <see cref="Text.VietnameseDates.TryParse"/> reads).</summary>
    public string? Date { get; init; }

    /// <summary>The title (trích yếu).</summary>
    public string? Title { get; init; }

    /// <summary>One paragraph a line.</summary>
    public string? Body { get; init; }

    /// <summary>One recipient a line.</summary>
    public string? Recipients { get; init; }

    /// <summary>T/M, T/L or K/T.</summary>
    public SigningAuthorityKind? SigningKind { get; init; }

    /// <summary>What follows the authority: "BAN THƯỜNG VỤ", "BÍ THƯ".</summary>
    public string? SigningBody { get; init; }

    /// <summary>For K/T: the collective signed for, written as a T/M line above.</summary>
    public string? SigningCollective { get; init; }

    /// <summary>The signer's title.</summary>
    public string? SignerTitle { get; init; }

    /// <summary>The signer's name.</summary>
    public string? SignerName { get; init; }
}
