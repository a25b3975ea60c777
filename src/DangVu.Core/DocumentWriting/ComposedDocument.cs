using System.Globalization;

namespace DangVu.Core.DocumentWriting;

/// <summary>
/// A party document as its author composed it, ready to be laid out (<see cref="PartyLayout"/>): every text already
/// normalised and, where the format writes capitals, in capitals, so what is printed is exactly what is held here.
/// </summary>
public sealed record ComposedDocument
{
    /// <summary>Notice, plan, letter …</summary>
    public required DocumentKind Kind { get; init; }

    /// <summary>The issuing body as the header writes it: "TỈNH UỶ BÌNH THUẬN".</summary>
    public required string Issuer { get; init; }

    /// <summary>The bodies written above the issuer, outermost first: "ĐẢNG BỘ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG".</summary>
    public IReadOnlyList<string> IssuerParents { get; init; } = [];

    /// <summary>The issuer code of the symbol: "TU", "ĐUK", "ĐU", "CB".</summary>
    public required string IssuerCode { get; init; }

    /// <summary>The serial; null for a draft, which is printed with the serial left blank.</summary>
    public int? Serial { get; init; }

    /// <summary>The place of the date line: "Phan Thiết".</summary>
    public required string Place { get; init; }

    /// <summary>The date of issue.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The title (trích yếu); for a letter, what follows "V/v".</summary>
    public required string Title { get; init; }

    /// <summary>The body, one paragraph an item.</summary>
    public IReadOnlyList<BodyParagraph> Body { get; init; } = [];

    /// <summary>"Nơi nhận", one recipient an item, without the dash and closing punctuation the layout adds.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The signature block.</summary>
    public required Signature Signature { get; init; }

    /// <summary>"509-TB/TU"; "-TB/TU" while the serial is blank.</summary>
    public string NumberSymbol => string.Create(CultureInfo.InvariantCulture, $"{Serial}-{Kind.Code}/{IssuerCode}");

    /// <summary>"Số 509-TB/TU"; a draft leaves room for the serial to be written in: "Số      -TB/TU".</summary>
    public string NumberLine => Serial is null ? $"Số      -{Kind.Code}/{IssuerCode}" : $"Số {NumberSymbol}";

    /// <summary>"Phan Thiết, ngày 22 tháng 5 năm 2008".</summary>
    public string PlaceAndDate => $"{Place}, {Text.VietnameseDates.Written(Date)}";
}
