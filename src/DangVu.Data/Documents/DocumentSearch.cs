using DangVu.Core.Text;

namespace DangVu.Data.Documents;

/// <summary>
/// A search of the register. Every filter is optional and they combine: <c>Symbol</c> anywhere in the number-symbol
/// (in any spelling: "509 tb", "NĐ-CP"), <c>TypeCode</c> exactly ("TB", "QĐi"), <c>Issuer</c> anywhere in the issuing
/// body's name ("tinh uy"), the date range inclusive, and <c>Text</c> as words that must all appear in the folded text
/// ("thong bao" finds "Thông báo"). Pages count from 1.
/// </summary>
public sealed record DocumentSearch(
    string? Symbol = null, string? TypeCode = null, string? Issuer = null, DateOnly? From = null, DateOnly? To = null, string? Text = null,
    int Page = 1, int PageSize = DocumentSearch.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Longer queries find nothing rather than run.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>At most this many words of <c>Text</c> are looked for.</summary>
    public const int MaxWords = 8;

    internal string SymbolKey => Core.Documents.NumberSymbolKey.Of(Symbol);

    internal string? TypeKey => string.IsNullOrWhiteSpace(TypeCode) ? null : VietnameseText.SearchKey(TypeCode);

    internal string IssuerKey => VietnameseText.SearchKey(Issuer);

    internal IReadOnlyList<string> Words =>
        VietnameseText.SearchKey(Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords).ToList();

    internal bool TooLong => new[] { Symbol, TypeCode, Issuer, Text }.Any(value => value?.Length > MaxQueryLength);
}

/// <summary>One page of results, newest first, and how many match in all.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentListItem> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A document in a list.</summary>
public sealed record DocumentListItem(
    Guid Id, string NumberSymbol, string? Type, string? Title, string Issuer, DateOnly Date, Guid OrganizationId, bool IsSynthetic);
