namespace DangVu.Core.Documents;

/// <summary>
/// What <see cref="DocumentParser"/> read from the text of one party (or state) document: its parts as the document
/// writes them (composed NFC, runs of white space collapsed, the document's own tone placement kept), null where the
/// text does not give a part, and a Vietnamese warning for each part it could not read.
/// </summary>
public sealed record ParsedDocument
{
    /// <summary>The issuing body as the header writes it, e.g. "TỈNH ỦY BÌNH THUẬN".</summary>
    public string? Issuer { get; init; }

    /// <summary>The bodies written above the issuer in the header, outermost first (e.g. "ĐẢNG BỘ TỈNH BÌNH THUẬN").</summary>
    public IReadOnlyList<string> IssuerParents { get; init; } = [];

    /// <summary>Number and symbol without spaces, e.g. "509-TB/TU", "14/2008/NĐ-CP", or "-KH/ĐU" when the serial is blank.</summary>
    public string? NumberSymbol { get; init; }

    /// <summary>The serial (509 in 509-TB/TU); null when the draft leaves it blank — never invented.</summary>
    public int? Serial { get; init; }

    /// <summary>The type code as written ("TB", "QĐi", "NĐ").</summary>
    public string? TypeCode { get; init; }

    /// <summary>The issuer code ("TU", "ĐUK", "CP").</summary>
    public string? IssuerCode { get; init; }

    /// <summary>The type name in sentence case ("Thông báo"), from the heading or else from the type code.</summary>
    public string? Type { get; init; }

    /// <summary>The place of issue ("Phan Thiết").</summary>
    public string? Place { get; init; }

    /// <summary>The date of issue; null when the text leaves the day blank or gives no date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The title (trích yếu), its lines joined, without the type name or a "V/v" prefix.</summary>
    public string? Title { get; init; }

    /// <summary>The sections numbered with Roman numerals (I-, II-, …), in order.</summary>
    public IReadOnlyList<ParsedSection> Sections { get; init; } = [];

    /// <summary>The numbered tasks ("1- … 8-"), each with its sub-paragraphs.</summary>
    public IReadOnlyList<ParsedTask> Tasks { get; init; } = [];

    /// <summary>Every document the text cites, once each, in order of first mention.</summary>
    public IReadOnlyList<ParsedReference> References { get; init; } = [];

    /// <summary>The recipients listed under "Nơi nhận", bullets and closing punctuation removed.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The signing authority line(s): "T/M …", "T/L …" or "K/T …" with the body, e.g. "T/L BAN THƯỜNG VỤ".</summary>
    public string? SigningAuthority { get; init; }

    /// <summary>The signer's title, e.g. "PHÓ CHÁNH VĂN PHÒNG".</summary>
    public string? SignerTitle { get; init; }

    /// <summary>The signer's name, e.g. "Huỳnh Đa Trung".</summary>
    public string? SignerName { get; init; }

    /// <summary>One Vietnamese sentence for each part that could not be read, or was read with doubt.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
