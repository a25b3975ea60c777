namespace DangVu.Core.Documents;

/// <summary>One line of a <see cref="SourceText"/>: where it is, where its content (without surrounding blanks) is.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character (before the line break).</param>
/// <param name="ContentStart">Offset of its first non-blank character (End when blank).</param>
/// <param name="ContentEnd">Offset just past its last non-blank character.</param>
/// <param name="Indent">Columns before the content, a tab moving to the next multiple of 8.</param>
internal readonly record struct TextLine(int Start, int End, int ContentStart, int ContentEnd, int Indent)
{
    public bool IsBlank => ContentEnd <= ContentStart;

    public int ContentLength => ContentEnd - ContentStart;
}
