namespace DangVu.Core.Documents;

/// <summary>A section numbered with a Roman numeral ("I- Đánh giá tình hình …").</summary>
/// <param name="Number">The numeral as written, upper case ("I", "II").</param>
/// <param name="Heading">The heading after the numeral, without a closing colon.</param>
public sealed record ParsedSection(string Number, string Heading);
