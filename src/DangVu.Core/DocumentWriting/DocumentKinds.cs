namespace DangVu.Core.DocumentWriting;

/// <summary>The kinds of party document the composer offers (type codes of domain.md "Document number and symbol").</summary>
public static class DocumentKinds
{
    /// <summary>Thông báo (TB).</summary>
    public static readonly DocumentKind Notice = new("TB", "Thông báo");

    /// <summary>Công văn (CV): an official letter.</summary>
    public static readonly DocumentKind Letter = new("CV", "Công văn", IsLetter: true);

    /// <summary>Every kind, in the order the form lists them: the everyday ones first.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        Notice,
        new("KH", "Kế hoạch"),
        new("BC", "Báo cáo"),
        Letter,
        new("QĐ", "Quyết định"),
        new("NQ", "Nghị quyết"),
        new("CT", "Chỉ thị"),
        new("KL", "Kết luận"),
        new("HD", "Hướng dẫn"),
        new("CTr", "Chương trình"),
        new("TTr", "Tờ trình"),
        new("QC", "Quy chế"),
        new("QĐi", "Quy định"),
    ];

    /// <summary>The kind with this code (exactly as written: "QĐ" and "QĐi" are two kinds), or null.</summary>
    public static DocumentKind? Find(string? code) => All.FirstOrDefault(kind => string.Equals(kind.Code, code?.Trim(), StringComparison.Ordinal));
}
