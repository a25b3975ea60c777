namespace DangVu.Data.DocumentWriting;

/// <summary>
/// The last serial given to one issuer's documents of one type in one period (a committee term, else a year). It is
/// raised in the same SaveChanges — so the same transaction — that issues the document, with the old value as its
/// concurrency token, so two issues at once cannot both take the same number and a failed issue takes none.
/// </summary>
public sealed class DocumentSerialCounter
{
    public Guid OrganizationId { get; set; }

    public string TypeCode { get; set; } = string.Empty;

    /// <summary><see cref="Core.DocumentWriting.SerialPeriod.Key"/>.</summary>
    public string PeriodKey { get; set; } = string.Empty;

    public int LastSerial { get; set; }
}
