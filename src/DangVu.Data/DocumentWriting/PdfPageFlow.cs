using DangVu.Core.DocumentWriting;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// Flows laid-out paragraphs down A4 pages with PDFsharp: lines broken to the text width, justified where asked, a new
/// page when the bottom margin is reached; two-column blocks side by side, kept on one page when asked.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    private const double PointsPerMillimetre = 72 / 25.4;

    private readonly PdfDocument _document;
    private readonly PageSetup _page;
    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private XGraphics _graphics = null!;
    private double _y;

    public PdfPageFlow(PdfDocument document, PageSetup page)
    {
        _document = document;
        _page = page;
        NewPage();
    }

    private double Left => Points(_page.LeftMm);

    private double Width => Points(_page.TextWidthMm);

    private double Bottom => Points(_page.HeightMm - _page.BottomMm);

    /// <summary>A full-width paragraph; it goes on over the page break when it must.</summary>
    public void Paragraph(LayoutParagraph paragraph)
    {
        foreach (var line in Lines(paragraph, Width))
        {
            if (_y + line.Height > Bottom)
            {
                NewPage();
            }

            Draw(paragraph, line, Left, Width);
            _y += line.Height;
        }

        _y += paragraph.SpaceAfterPt;
    }

    /// <summary>Two columns from the same height; with <paramref name="keepTogether"/> they move whole to a new page when they do not fit.</summary>
    public void Columns(LayoutColumns columns, bool keepTogether)
    {
        var leftWidth = Width * columns.LeftShare;
        var rightWidth = Width - leftWidth;
        var left = columns.Left.Select(p => (Paragraph: p, Lines: Lines(p, leftWidth))).ToList();
        var right = columns.Right.Select(p => (Paragraph: p, Lines: Lines(p, rightWidth))).ToList();
        var height = Math.Max(Height(left), Height(right));
        if (keepTogether && _y + height > Bottom && height <= Bottom - Points(_page.TopMm))
        {
            NewPage();
        }

        DrawColumn(left, Left, leftWidth);
        DrawColumn(right, Left + leftWidth, rightWidth);
        _y += height;
    }

    public void Dispose() => _graphics.Dispose();

    private static double Height(List<(LayoutParagraph Paragraph, List<PlacedLine> Lines)> column) =>
        column.Sum(item => item.Lines.Sum(line => line.Height) + item.Paragraph.SpaceAfterPt);

    private void DrawColumn(List<(LayoutParagraph Paragraph, List<PlacedLine> Lines)> column, double x, double width)
    {
        var top = _y;
        foreach (var (paragraph, lines) in column)
        {
            foreach (var line in lines)
            {
                Draw(paragraph, line, x, width);
                _y += line.Height;
            }

            _y += paragraph.SpaceAfterPt;
        }

        _y = top;
    }

    private List<PlacedLine> Lines(LayoutParagraph paragraph, double width)
    {
        var font = Font(paragraph.Style);
        var height = font.GetHeight();
        if (paragraph.Text.Length == 0)
        {
            return [new PlacedLine(new BrokenLine([], 0, true), 0, height)];
        }

        var indent = Points(paragraph.FirstLineIndentMm);
        var space = Measure(" ", font);
        var broken = LineBreaker.Break(paragraph.Text, width - indent, width, word => Measure(word, font), space);
        return broken.Select((line, index) => new PlacedLine(line, index == 0 ? indent : 0, height)).ToList();
    }

    private void Draw(LayoutParagraph paragraph, PlacedLine placed, double x, double width)
    {
        var line = placed.Line;
        if (line.Words.Count == 0)
        {
            return;
        }

        var font = Font(paragraph.Style);
        var available = width - placed.Indent;
        var start = x + placed.Indent + paragraph.Alignment switch
        {
            LineAlignment.Center => (available - line.Width) / 2,
            LineAlignment.Right => available - line.Width,
            _ => 0,
        };

        if (paragraph.Alignment == LineAlignment.Justify && !line.IsLast && line.Words.Count > 1)
        {
            var words = line.Words.Select(word => Measure(word, font)).ToList();
            var gap = (available - words.Sum()) / (line.Words.Count - 1);
            var position = start;
            for (var index = 0; index < line.Words.Count; index++)
            {
                _graphics.DrawString(line.Words[index], font, XBrushes.Black, position, _y, XStringFormats.TopLeft);
                position += words[index] + gap;
            }

            Underline(paragraph.Style, start, available);
            return;
        }

        _graphics.DrawString(string.Join(' ', line.Words), font, XBrushes.Black, start, _y, XStringFormats.TopLeft);
        Underline(paragraph.Style, start, line.Width);
    }

    private void Underline(TextStyle style, double x, double width)
    {
        if (style.Underline)
        {
            var y = _y + style.Size * 1.02;
            _graphics.DrawLine(new XPen(XColors.Black, Math.Max(0.5, style.Size / 20)), x, y, x + width, y);
        }
    }

    private XFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            var face = (style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (style.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
            font = new XFont(EmbeddedFontResolver.Family, style.Size, face);
            _fonts[style] = font;
        }

        return font;
    }

    private double Measure(string text, XFont font) => _graphics.MeasureString(text, font).Width;

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromMillimeter(_page.WidthMm);
        page.Height = XUnit.FromMillimeter(_page.HeightMm);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Points(_page.TopMm);
    }

    private static double Points(double millimetres) => millimetres * PointsPerMillimetre;

    private sealed record PlacedLine(BrokenLine Line, double Indent, double Height);
}
