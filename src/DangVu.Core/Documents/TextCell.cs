namespace DangVu.Core.Documents;

/// <summary>
/// A run of text on one line between column gaps: two-column headers and footers laid out with spaces put
/// "Nơi nhận:" and "T/L BAN THƯỜNG VỤ" on one line as two cells.
/// </summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last non-blank character.</param>
/// <param name="Column">Its column on the page (tabs to multiples of 8).</param>
internal readonly record struct TextCell(int Start, int End, int Column);
