using DangVu.Core.Documents;
using DangVu.Data.Documents;
using DangVu.TestCommon.Documents;

namespace DangVu.Data.Tests.Documents;

public sealed class PdfTextTests
{
    private static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "509-TB-TU.txt"));

    [Fact]
    public void ReadText_SeedPrintedToPdf_ParsesAsTheText()
    {
        var pdf = PdfFromText.Write(Seed);

        var text = DocumentFile.ReadText(pdf, "509-TB-TU.pdf");
        var fromPdf = DocumentParser.Parse(text);
        var fromText = DocumentParser.Parse(Seed);

        Assert.Equal(DocumentFileKind.Pdf, DocumentFile.KindOf(pdf, "van-ban"));
        Assert.Contains("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(
            (fromText.Issuer, fromText.NumberSymbol, fromText.Serial, fromText.Type, fromText.Place, fromText.Date),
            (fromPdf.Issuer, fromPdf.NumberSymbol, fromPdf.Serial, fromPdf.Type, fromPdf.Place, fromPdf.Date));
        Assert.Equal(fromText.Sections.Select(s => s.Number), fromPdf.Sections.Select(s => s.Number));
        Assert.Equal(8, fromPdf.Tasks.Count);
        Assert.Equal(fromText.References.Select(r => r.NumberSymbol), fromPdf.References.Select(r => r.NumberSymbol));
        Assert.Equal(fromText.Recipients.Count, fromPdf.Recipients.Count);
        Assert.Equal((fromText.SigningAuthority, fromText.SignerTitle, fromText.SignerName), (fromPdf.SigningAuthority, fromPdf.SignerTitle, fromPdf.SignerName));
    }

    [Fact]
    public void ReadText_PdfWithoutTextLayer_SaysSoInVietnamese()
    {
        var exception = Assert.Throws<DocumentFileException>(() => DocumentFile.ReadText(PdfFromText.WithoutText(), "ban-quet.pdf"));

        Assert.StartsWith("Tệp PDF ban-quet.pdf không có lớp chữ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")]
    [InlineData("%PDF-")]
    public void ReadText_BrokenPdf_SaysSoInVietnamese(string content)
    {
        var exception = Assert.Throws<DocumentFileException>(() => DocumentFile.ReadText(System.Text.Encoding.ASCII.GetBytes(content), "hong.pdf"));

        Assert.StartsWith("Không đọc được tệp PDF hong.pdf", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_TruncatedPdf_SaysSoInVietnamese()
    {
        var pdf = PdfFromText.Write(Seed);

        var exception = Assert.Throws<DocumentFileException>(() => DocumentFile.ReadText(pdf[..(pdf.Length / 3)], "cut.pdf"));

        Assert.Contains("cut.pdf", exception.Message, StringComparison.Ordinal);
    }
}
