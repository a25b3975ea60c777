namespace DangVu.Core.DocumentWriting;

/// <summary>How a paragraph sits between its margins.</summary>
public enum LineAlignment
{
    /// <summary>Flush left.</summary>
    Left = 0,
    /// <summary>Centred.</summary>
    Center = 1,
    /// <summary>Flush right.</summary>
    Right = 2,

    /// <summary>Both edges straight, the last line left.</summary>
    Justify = 3,
}

/// <summary>Font size in points and the faces of a paragraph (the whole paragraph has one style).</summary>
public sealed record TextStyle(double Size, bool Bold = false, bool Italic = false, bool Underline = false);

/// <summary>
/// One paragraph as the party format sets it. An empty text is an empty line (the room left for the signature).
/// </summary>
/// <param name="Text">The text, one paragraph; never a line break inside.</param>
/// <param name="Style">Size and faces.</param>
/// <param name="Alignment">Left, centred, right or justified.</param>
/// <param name="FirstLineIndentMm">Indent of the first line (body paragraphs), in millimetres.</param>
/// <param name="SpaceAfterPt">Room after the paragraph, in points.</param>
public sealed record LayoutParagraph(string Text, TextStyle Style, LineAlignment Alignment, double FirstLineIndentMm = 0, double SpaceAfterPt = 0);

/// <summary>
/// Two columns side by side, as the header and the footer set them (borderless table cells in Word); both start at the
/// same height.
/// </summary>
/// <param name="Left">The left column's paragraphs.</param>
/// <param name="Right">The right column's paragraphs.</param>
/// <param name="LeftShare">The left column's share of the text width, between 0 and 1.</param>
public sealed record LayoutColumns(IReadOnlyList<LayoutParagraph> Left, IReadOnlyList<LayoutParagraph> Right, double LeftShare);

/// <summary>A4 and the margins of the party format (Quy định 66-QĐ/TW, HD 36-HD/VPTW; domain.md "document format").</summary>
public sealed record PageSetup(double WidthMm, double HeightMm, double TopMm, double BottomMm, double LeftMm, double RightMm)
{
    /// <summary>A4 portrait, top and bottom 20 mm, left 30 mm, right 15 mm.</summary>
    public static PageSetup PartyA4 { get; } = new(210, 297, 20, 20, 30, 15);

    /// <summary>The width between the margins.</summary>
    public double TextWidthMm => WidthMm - LeftMm - RightMm;
}

/// <summary>
/// A document laid out in the party format, independent of the file it goes into: the header rows (issuer | national
/// title; number | place and date), the heading and title, the body, and the footer (recipients | signature). The DOCX
/// and PDF writers only draw it, so the format has one definition.
/// </summary>
public sealed record DocumentLayout(
    PageSetup Page,
    IReadOnlyList<LayoutColumns> Header,
    IReadOnlyList<LayoutParagraph> Heading,
    IReadOnlyList<LayoutParagraph> Body,
    LayoutColumns Footer);
