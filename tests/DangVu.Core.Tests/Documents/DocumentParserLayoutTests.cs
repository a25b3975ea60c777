using System.Text;
using DangVu.Core.Documents;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Documents;

public sealed class DocumentParserLayoutTests
{
    private static readonly ParsedDocument Seed = DocumentParser.Read(Samples.Seed);

    [Fact]
    public void Parse_NfdText_ReadsTheSameAsNfc()
    {
        var decomposed = Samples.Seed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Samples.Seed, decomposed);

        Assert.Equivalent(Seed, DocumentParser.Read(decomposed), strict: true);
    }

    [Fact]
    public void Parse_CrlfLineBreaks_ReadTheSameAsLf()
    {
        Assert.Equivalent(Seed, DocumentParser.Read(Samples.Seed.Replace("\n", "\r\n", StringComparison.Ordinal)), strict: true);
    }

    [Fact]
    public void Parse_OldCarriageReturnsAndFormFeeds_ReadTheSameAsLf()
    {
        Assert.Equivalent(Seed, DocumentParser.Read(Samples.Seed.Replace("\n", "\r", StringComparison.Ordinal)), strict: true);
    }

    [Fact]
    public void Parse_NoBreakSpacesOfAWebPage_ReadTheSameAsSpaces()
    {
        Assert.Equivalent(Seed, DocumentParser.Read(Samples.Seed.Replace("  ", "\u00A0 ", StringComparison.Ordinal)), strict: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_EitherTonePlacement_ReadsTheSameParts(bool newPlacement)
    {
        var text = newPlacement ? TextVariants.NewTonePlacement(Samples.Seed) : TextVariants.OldTonePlacement(Samples.Seed);
        Assert.NotEqual(Samples.Seed, text);

        var document = DocumentParser.Read(text);

        Assert.Equal(Canonical(Seed), Canonical(document));
        Assert.Equal(newPlacement ? "TỈNH UỶ BÌNH THUẬN" : "TỈNH ỦY BÌNH THUẬN", document.Issuer);
    }

    [Fact]
    public void Parse_PdfTextWithRaggedLines_ReadsTheSameParts()
    {
        var document = DocumentParser.Read(TextVariants.PdfText(Samples.Seed));

        Assert.Equal(
            (Seed.Issuer, Seed.NumberSymbol, Seed.Place, Seed.Date, Seed.Title, Seed.SigningAuthority, Seed.SignerTitle, Seed.SignerName),
            (document.Issuer, document.NumberSymbol, document.Place, document.Date, document.Title, document.SigningAuthority, document.SignerTitle, document.SignerName));
        Assert.Equal(Seed.Sections, document.Sections);
        Assert.Equal(Seed.References, document.References);
        Assert.Equal(Seed.Recipients, document.Recipients);
        Assert.Equal(Seed.Tasks.Select(task => task.Number), document.Tasks.Select(task => task.Number));
        Assert.Equal(
            Seed.Tasks.Select(task => task.Text.Replace('\n', ' ')),
            document.Tasks.Select(task => task.Text.Replace('\n', ' ')));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Parse_ColumnsSeparatedByTabs_ReadsTheSameParts()
    {
        var text = TextVariants.Tabs(Samples.Seed);
        Assert.Contains("\t\tT/L BAN THƯỜNG VỤ", text, StringComparison.Ordinal);

        Assert.Equivalent(Seed, DocumentParser.Read(text), strict: true);
    }

    [Fact]
    public void Parse_WebPageCopyWithOneCellPerLine_ReadsHeaderAndFooter()
    {
        var document = DocumentParser.Read("""
            BAN CHẤP HÀNH TRUNG ƯƠNG
            -------

            ĐẢNG CỘNG SẢN VIỆT NAM
            ---------------

            Số: 97-QĐ/TW

            Hà Nội, ngày 07 tháng 02 năm 2023



            QUY ĐỊNH

            CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, CƠ CẤU TỔ CHỨC, MỐI QUAN HỆ CÔNG TÁC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG

            - Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;

            Bộ Chính trị quy định như sau:

            Điều 1. Phạm vi điều chỉnh

            T/M BỘ CHÍNH TRỊ

            (đã ký)

            Võ Văn Thưởng

            Nơi nhận:
            - Các tỉnh uỷ, thành uỷ,
            - Lưu Văn phòng Trung ương Đảng.
            """);

        Assert.Equal(("BAN CHẤP HÀNH TRUNG ƯƠNG", "97-QĐ/TW", "Quy định", "Hà Nội", new DateOnly(2023, 2, 7)),
            (document.Issuer, document.NumberSymbol, document.Type, document.Place, document.Date));
        Assert.Equal("CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, CƠ CẤU TỔ CHỨC, MỐI QUAN HỆ CÔNG TÁC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG", document.Title);
        Assert.Equal([new ParsedReference("24-QĐ/TW", new DateOnly(2021, 7, 30), "Ban Chấp hành Trung ương")], document.References);
        Assert.Equal(("T/M BỘ CHÍNH TRỊ", "Võ Văn Thưởng"), (document.SigningAuthority, document.SignerName));
        Assert.Equal(["Các tỉnh uỷ, thành uỷ", "Lưu Văn phòng Trung ương Đảng"], document.Recipients);
    }

    /// <summary>Every text of the document in one tone placement, so two spellings of one document compare equal.</summary>
    private static string Canonical(ParsedDocument document) =>
        VietnameseText.Normalize(string.Join(
            " | ",
            [
                document.Issuer, document.NumberSymbol, document.Type, document.Place, document.Date?.ToString("O", null), document.Title,
                .. document.Sections.Select(section => $"{section.Number} {section.Heading}"),
                .. document.Tasks.Select(task => $"{task.Number} {task.Text}"),
                .. document.References.Select(reference => $"{reference.NumberSymbol} {reference.Issuer}"),
                .. document.Recipients,
                document.SigningAuthority, document.SignerTitle, document.SignerName, .. document.Warnings,
            ]));
}
