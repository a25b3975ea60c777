using DangVu.Core.Documents;

namespace DangVu.Core.Tests.Documents;

public sealed class DocumentParserSymbolTests
{
    private static ParsedDocument ParseHeader(string symbolLine, string type = "THÔNG BÁO") =>
        DocumentParser.Read($"""
            TỈNH UỶ BÌNH THUẬN                          ĐẢNG CỘNG SẢN VIỆT NAM
                    *
            {symbolLine}
            Phan Thiết, ngày 22 tháng 5 năm 2008

            {type}
            về công tác kiểm tra, giám sát
            """);

    [Theory]
    [InlineData("Số 509-TB/TU")]
    [InlineData("Số: 509-TB/TU")]
    [InlineData("SỐ 509-TB/TU")]
    [InlineData("Số 509 - TB/TU")]
    [InlineData("Số:509 -TB / TU")]
    [InlineData("Số 509–TB/TU")]
    public void Parse_PartySymbolWrittenAnyWay_ReadsItsParts(string symbolLine)
    {
        var document = ParseHeader(symbolLine);

        Assert.Equal(("509-TB/TU", 509, "TB", "TU"), (document.NumberSymbol, document.Serial, document.TypeCode, document.IssuerCode));
        Assert.DoesNotContain(document.Warnings, warning => warning.Contains("số", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Parse_StateSymbol_ReadsSerialTypeAndIssuer()
    {
        var document = DocumentParser.Read("""
            CHÍNH PHỦ                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            --------                                  Độc lập - Tự do - Hạnh phúc
                                                      ---------------
            Số: 14/2008/NĐ-CP                     Hà Nội, ngày 04 tháng 02 năm 2008

                                        NGHỊ ĐỊNH
            Quy định tổ chức các cơ quan chuyên môn thuộc Uỷ ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh
            """);

        Assert.Equal(("14/2008/NĐ-CP", 14, "NĐ", "CP"), (document.NumberSymbol, document.Serial, document.TypeCode, document.IssuerCode));
        Assert.Equal(("CHÍNH PHỦ", "Nghị định", "Hà Nội", new DateOnly(2008, 2, 4)), (document.Issuer, document.Type, document.Place, document.Date));
    }

    [Fact]
    public void Parse_StateSymbolInPartyOrderAsTheSeedCitesIt_ReadsIt()
    {
        var document = ParseHeader("Số 14/2008-NĐ/CP", "NGHỊ ĐỊNH");

        Assert.Equal(("14/2008-NĐ/CP", 14, "NĐ", "CP"), (document.NumberSymbol, document.Serial, document.TypeCode, document.IssuerCode));
    }

    [Fact]
    public void Parse_OfficialLetterOfAnAgency_KeepsAgencyAndUnitAsIssuerCode()
    {
        var document = ParseHeader("Số: 456/UBND-VX", "THÔNG BÁO");

        Assert.Equal(("456/UBND-VX", 456, null, "UBND-VX"), (document.NumberSymbol, document.Serial, document.TypeCode, document.IssuerCode));
    }

    [Fact]
    public void Parse_SymbolBrokenOverTwoLines_JoinsIt()
    {
        var document = DocumentParser.Read("""
            BAN CHẤP HÀNH TRUNG ƯƠNG
            BAN TỔ CHỨC
                  *
            Số: 16 -
            HD/BTCTW
            Hà Nội, ngày 10 tháng 10 năm 2008

            HƯỚNG DẪN
            kiểm điểm, đánh giá chất lượng tổ chức cơ sở đảng và đảng viên
            """);

        Assert.Equal(("16-HD/BTCTW", 16, "HD", "BTCTW"), (document.NumberSymbol, document.Serial, document.TypeCode, document.IssuerCode));
        Assert.Equal("BAN TỔ CHỨC", document.Issuer);
        Assert.Equal(["BAN CHẤP HÀNH TRUNG ƯƠNG"], document.IssuerParents);
    }

    [Fact]
    public void Parse_SymbolBrokenUnderTheDateOfTheRightColumn_JoinsIt()
    {
        var document = DocumentParser.Read("""
            BAN CHẤP HÀNH TRUNG ƯƠNG                       ĐẢNG CỘNG SẢN VIỆT NAM
            Số: 20 -                              Hà Nội, ngày 10 tháng 10 năm 2008
                 HD/BTCTW

                                 HƯỚNG DẪN
            """);

        Assert.Equal(("20-HD/BTCTW", "Hà Nội", new DateOnly(2008, 10, 10)), (document.NumberSymbol, document.Place, document.Date));
        Assert.Equal("BAN CHẤP HÀNH TRUNG ƯƠNG", document.Issuer);
    }

    [Fact]
    public void Parse_SymbolWithoutItsHyphen_ReadsSerialAndCodes()
    {
        var document = ParseHeader("Số 09 KH/ĐU", "KẾ HOẠCH");

        Assert.Equal(("09-KH/ĐU", 9, "KH", "ĐU"), (document.NumberSymbol, document.Serial, document.TypeCode, document.IssuerCode));
    }

    [Theory]
    [InlineData("Số      -KH/ĐU")]
    [InlineData("Số:    -KH/ĐU")]
    [InlineData("Số …-KH/ĐU")]
    [InlineData("Số: ......-KH/ĐU")]
    public void Parse_DraftWithBlankSerial_LeavesSerialNullAndWarns(string symbolLine)
    {
        var document = ParseHeader(symbolLine, "KẾ HOẠCH");

        Assert.Null(document.Serial);
        Assert.Equal(("-KH/ĐU", "KH", "ĐU"), (document.NumberSymbol, document.TypeCode, document.IssuerCode));
        Assert.Contains(document.Warnings, warning => warning.StartsWith("Số văn bản để trống", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_QDiForARegulation_ReadsTheCodeAndTheType()
    {
        var document = ParseHeader("Số 05-QĐi/TU", "QUY ĐỊNH");

        Assert.Equal(("05-QĐi/TU", 5, "QĐi", "Quy định"), (document.NumberSymbol, document.Serial, document.TypeCode, document.Type));
        Assert.DoesNotContain(document.Warnings, warning => warning.Contains("loại", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TypeFromTheCodeWhenThereIsNoHeading()
    {
        var document = DocumentParser.Read("""
            TỈNH UỶ BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
            Số 945-CV/TU                       Phan Thiết, ngày 14 tháng 4 năm 2008
            V/v triển khai Chương trình hành động

                     Kính gửi: Các huyện uỷ, thị uỷ, thành uỷ.
            """);

        Assert.Equal(("Công văn", "triển khai Chương trình hành động"), (document.Type, document.Title));
    }

    [Fact]
    public void Parse_HeadingThatDisagreesWithTheCode_Warns()
    {
        var document = ParseHeader("Số 12-KH/TU", "THÔNG BÁO");

        Assert.Equal("Thông báo", document.Type);
        Assert.Contains("Tên loại “Thông báo” không khớp ký hiệu KH.", document.Warnings);
    }

    [Fact]
    public void Parse_NoSymbol_LeavesItNullAndWarns()
    {
        var document = ParseHeader("(chưa vào sổ)");

        Assert.Null(document.NumberSymbol);
        Assert.Null(document.Serial);
        Assert.Contains("Không đọc được số và ký hiệu văn bản.", document.Warnings);
    }
}
