namespace DangVu.Data.Documents;

/// <summary>
/// One document a registered document cites, by its number-symbol. Linked to the cited document when that one is in
/// the register; otherwise a placeholder, shown by its number-symbol, which is linked in the same transaction that
/// registers a document it matches (same <see cref="SymbolKey"/>, and the same date when the citation gives one).
/// </summary>
public sealed class DocumentCitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The citing document.</summary>
    public Guid DocumentId { get; set; }

    /// <summary>Order of first mention.</summary>
    public int Position { get; set; }

    /// <summary>Number and symbol as the citing text writes it ("14/2008-NĐ/CP").</summary>
    public string NumberSymbol { get; set; } = string.Empty;

    /// <summary><see cref="Core.Documents.NumberSymbolKey"/> of the symbol.</summary>
    public string SymbolKey { get; set; } = string.Empty;

    /// <summary>The cited document's date, when the citing text gives it.</summary>
    public DateOnly? CitedOn { get; set; }

    /// <summary>The cited document's issuer, when the citing text names it ("Bộ Chính trị").</summary>
    public string? CitedIssuer { get; set; }

    /// <summary>The registered document cited; null while it is a placeholder.</summary>
    public Guid? CitedDocumentId { get; set; }
}
