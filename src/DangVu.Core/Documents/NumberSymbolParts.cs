namespace DangVu.Core.Documents;

/// <summary>
/// The serial, type code and issuer code of a number-symbol typed on its own (a user's correction), read the way the
/// parser reads it after "Số": "509-TB/TU" → 509, TB, TU; "14/2008/NĐ-CP" → 14, NĐ, CP; "456/UBND-VX" → 456, no type.
/// </summary>
/// <param name="NumberSymbol">The symbol as the parser writes it (blanks removed, dashes made hyphens), or as typed when it does not read.</param>
/// <param name="Serial">The serial; null when blank.</param>
/// <param name="TypeCode">The type code, or null.</param>
/// <param name="IssuerCode">The issuer code, or null.</param>
public sealed record NumberSymbolParts(string NumberSymbol, int? Serial, string? TypeCode, string? IssuerCode)
{
    /// <summary>Reads <paramref name="numberSymbol"/>; never throws.</summary>
    public static NumberSymbolParts Of(string numberSymbol)
    {
        ArgumentNullException.ThrowIfNull(numberSymbol);
        var typed = numberSymbol.Trim();
        // Codes are written in capitals ("QĐi" and "CTr" aside); one typed in lower case is read in capitals.
        foreach (var candidate in new[] { typed, typed.ToUpperInvariant() })
        {
            var read = DocumentParser.Parse($"Số: {candidate}");
            if (read.NumberSymbol is { } symbol && NumberSymbolKey.Of(symbol) == NumberSymbolKey.Of(typed))
            {
                return new NumberSymbolParts(symbol, read.Serial, read.TypeCode, read.IssuerCode);
            }
        }

        return new NumberSymbolParts(typed, null, null, null);
    }
}
