using DangVu.Core.DocumentWriting;
using DangVu.Data.DocumentWriting;
using DangVu.TestCommon.Documents;
using UglyToad.PdfPig;

namespace DangVu.Data.Tests.DocumentWriting;

/// <summary>The PDF has a text layer in Vietnamese, from the font DangVu ships, and A4 pages.</summary>
public sealed class PdfDocumentWriterTests
{
    public static TheoryData<string> Kinds() => DocumentSamples.KindCodes();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_EachKind_HasTheTitleNumberAndDateLineAsText(string typeCode)
    {
        var composed = DocumentSamples.Composed(typeCode, serial: 509);

        var text = TextOf(Pdf(composed));

        Assert.Contains(composed.Title, text, StringComparison.Ordinal);
        Assert.Contains($"Số 509-{typeCode}/TU", text, StringComparison.Ordinal);
        Assert.Contains("Phan Thiết, ngày 22 tháng 5 năm 2008", text, StringComparison.Ordinal);
        Assert.Contains("Huỳnh Đa Trung", text, StringComparison.Ordinal);
        Assert.Contains(PartyLayout.PartyName, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongBody_FlowsOntoMorePagesOfA4WithTheEmbeddedFont()
    {
        var composed = DocumentSamples.Composed("BC", serial: 7) with
        {
            Body = [.. Enumerable.Range(1, 60).Select(n => new BodyParagraph($"{n}- Đoạn văn thứ {n}: tiếp tục nâng cao chất lượng sinh hoạt chi bộ, "
                + "thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình trong Đảng.", BodyParagraphRole.Item))],
        };

        using var pdf = PdfDocument.Open(Pdf(composed));

        Assert.True(pdf.NumberOfPages > 1, $"{pdf.NumberOfPages} page(s)");
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
            Assert.All(page.Letters, letter => Assert.StartsWith("Liberation", (letter.FontName ?? string.Empty).Split('+').Last(), StringComparison.Ordinal));
        }

        var text = TextOf(Pdf(composed));
        Assert.Contains("60- Đoạn văn thứ 60", text, StringComparison.Ordinal);
        Assert.EndsWith("Huỳnh Đa Trung", text, StringComparison.Ordinal);
    }

    private static byte[] Pdf(ComposedDocument composed) =>
        PdfDocumentWriter.Write(PartyLayout.Build(composed), composed.Title, composed.Issuer, new DateTimeOffset(2008, 5, 22, 8, 0, 0, TimeSpan.FromHours(7)));

    /// <summary>The words of every page in reading order, one space between them.</summary>
    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
    }
}
