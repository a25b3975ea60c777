namespace DangVu.Data.Documents;

/// <summary>
/// A document in the register: the parts the user confirmed after reading its file, its full text and a folded copy
/// for search, the organization whose register holds it (which decides who may read it), the original file's facts
/// (its bytes are in <see cref="DocumentContent"/>), who registered it and when.
/// </summary>
public sealed class RegisteredDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The organization whose register holds the document: its subtree's readers may read it.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>Number and symbol as confirmed ("509-TB/TU").</summary>
    public string NumberSymbol { get; set; } = string.Empty;

    /// <summary><see cref="Core.Documents.NumberSymbolKey"/> of the symbol: what citations are matched on.</summary>
    public string SymbolKey { get; set; } = string.Empty;

    public int? Serial { get; set; }

    /// <summary>Type code as written ("TB", "QĐi").</summary>
    public string? TypeCode { get; set; }

    /// <summary>The type code folded ("tb", "qdi"), for the type filter.</summary>
    public string? TypeKey { get; set; }

    public string? IssuerCode { get; set; }

    /// <summary>Type name ("Thông báo").</summary>
    public string? Type { get; set; }

    /// <summary>Issuing body as the header writes it ("TỈNH ỦY BÌNH THUẬN").</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The issuer folded ("tinh uy binh thuan"), for the issuer filter and the duplicate check.</summary>
    public string IssuerKey { get; set; } = string.Empty;

    /// <summary>The bodies above the issuer in the header, outermost first, one a line.</summary>
    public string? IssuerParents { get; set; }

    public string? Place { get; set; }

    /// <summary>Date of issue.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Trích yếu.</summary>
    public string? Title { get; set; }

    /// <summary>Nơi nhận, one a line.</summary>
    public string? Recipients { get; set; }

    public string? SigningAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>The text read from the file.</summary>
    public string FullText { get; set; } = string.Empty;

    /// <summary>Symbol, type, title, issuer and the full text folded (<see cref="Core.Text.VietnameseText.SearchKey"/>): what text search reads.</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>The original file's name as uploaded.</summary>
    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long FileSize { get; set; }

    /// <summary>SHA-256 of the original file, lower-case hex: the audit log names the file by it.</summary>
    public string FileSha256 { get; set; } = string.Empty;

    public string RegisteredBy { get; set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Shown with a “dữ liệu mẫu” badge: registered by the demo.</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>Bumped by every correction; a correction made against an older version is refused.</summary>
    public int Version { get; set; }

    public List<DocumentSection> Sections { get; } = [];

    public List<DocumentTask> Tasks { get; } = [];

    /// <summary>The documents this one cites, in order of first mention.</summary>
    public List<DocumentCitation> Citations { get; } = [];
}
