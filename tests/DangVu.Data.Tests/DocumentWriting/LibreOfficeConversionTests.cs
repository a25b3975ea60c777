using DangVu.Core.DocumentWriting;
using DangVu.Data.DocumentWriting;
using DangVu.TestCommon.Documents;
using UglyToad.PdfPig;

namespace DangVu.Data.Tests.DocumentWriting;

/// <summary>A real office suite opens what DangVu writes: LibreOffice converts the DOCX to PDF and keeps its text.</summary>
public sealed class LibreOfficeConversionTests
{
    [Theory]
    [InlineData("TB")]
    [InlineData("CV")]
    public async Task WordAsPdf_WrittenDocx_ConvertsAndKeepsTheHeaderTitleAndSignature(string typeCode)
    {
        var composed = DocumentSamples.Composed(typeCode, serial: 509);
        var folder = Directory.CreateTempSubdirectory("dangvu-docx-");
        try
        {
            var path = Path.Combine(folder.FullName, $"509-{typeCode}-TU.docx");
            await File.WriteAllBytesAsync(path, DocxDocumentWriter.Write(PartyLayout.Build(composed), composed.Title), TestContext.Current.CancellationToken);

            var pdf = await LibreOffice.WordAsPdfAsync(path);

            using var document = PdfDocument.Open(pdf);
            var text = string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
            Assert.Contains($"Số 509-{typeCode}/TU", text, StringComparison.Ordinal);
            Assert.Contains("Phan Thiết, ngày 22 tháng 5 năm 2008", text, StringComparison.Ordinal);
            Assert.Contains(composed.Title, text, StringComparison.Ordinal);
            Assert.Contains("Huỳnh Đa Trung", text, StringComparison.Ordinal);
            var page = document.GetPage(1);
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
