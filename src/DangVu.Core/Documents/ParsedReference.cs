namespace DangVu.Core.Documents;

/// <summary>A document the text cites ("Chỉ thị số 10-CT/TW của Bộ Chính trị").</summary>
/// <param name="NumberSymbol">Its number and symbol without spaces, as first written ("10-CT/TW", "14/2008-NĐ/CP").</param>
/// <param name="Date">Its date when the text gives one next to the symbol.</param>
/// <param name="Issuer">Its issuer when the text names one ("của Bộ Chính trị").</param>
public sealed record ParsedReference(string NumberSymbol, DateOnly? Date, string? Issuer);
