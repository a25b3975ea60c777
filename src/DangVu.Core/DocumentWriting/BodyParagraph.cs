namespace DangVu.Core.DocumentWriting;

/// <summary>One paragraph of a document's body, its numbering ("I-", "1-") kept in the text as the author typed it.</summary>
public sealed record BodyParagraph(string Text, BodyParagraphRole Role);
