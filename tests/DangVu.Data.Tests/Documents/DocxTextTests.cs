using DangVu.Core.Documents;
using DangVu.Data.Documents;
using DangVu.TestCommon.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DangVu.Data.Tests.Documents;

public sealed class DocxTextTests
{
    private static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "509-TB-TU.txt"));

    [Fact]
    public void Read_SeedTypedInWord_ParsesAsTheText()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dangvu-{Guid.NewGuid():N}.docx");
        try
        {
            DocxFromText.Write(Seed, path, "THÔNG BÁO");

            var text = DocumentFile.ReadText(path);
            var fromWord = DocumentParser.Parse(text);
            var fromText = DocumentParser.Parse(Seed);

            Assert.Contains("1- Đẩy mạnh phong trào", text, StringComparison.Ordinal);
            Assert.Contains("- Thường trực Tỉnh uỷ;", text, StringComparison.Ordinal);
            Assert.Equal(
                (fromText.Issuer, fromText.NumberSymbol, fromText.Serial, fromText.Type, fromText.Place, fromText.Date, fromText.Title),
                (fromWord.Issuer, fromWord.NumberSymbol, fromWord.Serial, fromWord.Type, fromWord.Place, fromWord.Date, fromWord.Title));
            Assert.Equal(fromText.Sections, fromWord.Sections);
            Assert.Equal(fromText.Tasks, fromWord.Tasks);
            Assert.Equal(fromText.References, fromWord.References);
            Assert.Equal(fromText.Recipients, fromWord.Recipients);
            Assert.Equal((fromText.SigningAuthority, fromText.SignerTitle, fromText.SignerName), (fromWord.SigningAuthority, fromWord.SignerTitle, fromWord.SignerName));
            Assert.Empty(fromWord.Warnings);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_AutomaticNumbering_WritesEachFormatOut()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.UpperRoman, "%1-"),
                    Level(1, NumberFormatValues.Decimal, "%2."),
                    Level(2, NumberFormatValues.LowerLetter, "%3)"),
                    Level(3, NumberFormatValues.Bullet, "•"))
                { AbstractNumberId = 7 },
                new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 3 });
            main.Document = new Document(new Body(
                Numbered("Đánh giá tình hình", 0),
                Numbered("Ưu điểm", 1),
                Numbered("Hạn chế", 1),
                Numbered("Nhiệm vụ", 0),
                Numbered("Kết nạp đảng viên", 1),
                Numbered("ở chi bộ cơ sở", 2),
                Numbered("ở chi bộ trực thuộc", 2),
                Numbered("trong đoàn viên", 3),
                new Paragraph(new Run(new WordText("Tab"), new TabChar(), new WordText("sau"), new Break(), new WordText("dòng mới")))));
        }

        stream.Position = 0;
        var text = DocxText.Read(stream);

        Assert.Equal(
            "I- Đánh giá tình hình\n1. Ưu điểm\n2. Hạn chế\nII- Nhiệm vụ\n1. Kết nạp đảng viên\na) ở chi bộ cơ sở\nb) ở chi bộ trực thuộc\n- trong đoàn viên\nTab\tsau\ndòng mới",
            text);
    }

    [Fact]
    public void Read_TableOfTwoColumns_PadsTheLeftColumn()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Table(new TableRow(
                new TableCell(new Paragraph(new Run(new WordText("Nơi nhận:"))), new Paragraph(new Run(new WordText("- Như trên;")))),
                new TableCell(new Paragraph(new Run(new WordText("T/M BAN THƯỜNG VỤ"))), new Paragraph(new Run(new WordText("BÍ THƯ"))), new Paragraph(new Run(new WordText("Nguyễn Văn An"))))))));
        }

        stream.Position = 0;

        Assert.Equal(
            "Nơi nhận:        T/M BAN THƯỜNG VỤ\n- Như trên;      BÍ THƯ\n                 Nguyễn Văn An",
            DocxText.Read(stream));
    }

    [Fact]
    public void Read_NotAWordFile_RefusesInVietnamese()
    {
        var exception = Assert.Throws<DocumentFileException>(() => DocumentFile.ReadText(new MemoryStream("PK\u0003\u0004hỏng"u8.ToArray()), "hong.docx"));

        Assert.StartsWith("Không đọc được tệp Word", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-8")]
    [InlineData("windows-1258")]
    public void Decode_TextInAnyUsualEncoding_ReadsTheVietnamese(string encoding)
    {
        const string text = "Số 509-TB/TU\nPhan Thiết, ngày 22 tháng 5 năm 2008";
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. System.Text.Encoding.BigEndianUnicode.GetPreamble(), .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => System.Text.Encoding.Unicode.GetBytes(text),
            "utf-8" => System.Text.Encoding.UTF8.GetBytes(text),
            _ => System.Text.Encoding.GetEncoding(1258).GetBytes(TonesApart(text)),
        };

        var decoded = DocumentFile.Decode(bytes);

        Assert.Equal(text, decoded.Normalize(System.Text.NormalizationForm.FormC));
    }

    /// <summary>How code page 1258 writes Vietnamese: ô, ơ, ư, ă, â, ê precomposed, the five tones as combining marks.</summary>
    private static string TonesApart(string text)
    {
        var output = new System.Text.StringBuilder();
        var tones = new System.Text.StringBuilder();
        var letter = new System.Text.StringBuilder();
        foreach (var character in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (character is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones.Append(character);
                continue;
            }

            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(character) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                output.Append(letter.ToString().Normalize(System.Text.NormalizationForm.FormC)).Append(tones);
                letter.Clear();
                tones.Clear();
            }

            letter.Append(character);
        }

        return output.Append(letter.ToString().Normalize(System.Text.NormalizationForm.FormC)).Append(tones).ToString();
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    private static Paragraph Numbered(string text, int level) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 3 })),
            new Run(new WordText(text)));
}
