namespace DangVu.Core.Documents;

/// <summary>A paragraph of the body: the lines from <paramref name="FirstLine"/> to <paramref name="LastLine"/>.</summary>
internal readonly record struct Paragraph(int FirstLine, int LastLine);
