using DangVu.Core.Documents;

namespace DangVu.Core.Tests.Documents;

public sealed class DocumentParserDateTests
{
    private static ParsedDocument ParseWithDateLine(string dateLine) =>
        DocumentParser.Read($"""
            TỈNH UỶ BÌNH THUẬN                          ĐẢNG CỘNG SẢN VIỆT NAM
                    *
            Số 509-TB/TU              {dateLine}

                                THÔNG BÁO
            """);

    [Theory]
    [InlineData("Phan Thiết, ngày 22 tháng 5 năm 2008")]
    [InlineData("Phan Thiết, ngày 22  tháng 5 năm 2008")]
    [InlineData("Phan Thiết,  ngày  22   tháng  05  năm  2008")]
    [InlineData("Phan Thiết, ngày 22 tháng 5\n                          năm 2008")]
    [InlineData("Phan Thiết, ngày 22\ntháng 5 năm 2008")]
    [InlineData("Phan Thiết, 22/5/2008")]
    [InlineData("Phan Thiết, 22-5-2008")]
    [InlineData("Phan Thiết, ngày 22/05/2008")]
    [InlineData("Phan Thiết, NGÀY 22 THÁNG 5 NĂM 2008")]
    public void Parse_DateWrittenAnyWay_ReadsPlaceAndDate(string dateLine)
    {
        var document = ParseWithDateLine(dateLine);

        Assert.Equal(("Phan Thiết", new DateOnly(2008, 5, 22)), (document.Place, document.Date));
        Assert.DoesNotContain(document.Warnings, warning => warning.Contains("ngày", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Hàm Hiệp, ngày … tháng 10 năm 2021")]
    [InlineData("Hàm Hiệp, ngày      tháng 10 năm 2021")]
    [InlineData("Hàm Hiệp, ngày ..... tháng 10 năm 2021")]
    [InlineData("Hàm Hiệp, ngày    /10/2021")]
    public void Parse_BlankDayInADraft_LeavesDateNullAndWarns(string dateLine)
    {
        var document = ParseWithDateLine(dateLine);

        Assert.Null(document.Date);
        Assert.Equal("Hàm Hiệp", document.Place);
        Assert.Contains(document.Warnings, warning => warning.StartsWith("Ngày ban hành để trống", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ImpossibleDate_LeavesDateNullAndWarns()
    {
        var document = ParseWithDateLine("Phan Thiết, ngày 31 tháng 2 năm 2008");

        Assert.Null(document.Date);
        Assert.Contains(document.Warnings, warning => warning.StartsWith("Ngày ban hành không hợp lệ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Thừa Thiên Huế, ngày 13 tháng 5 năm 2022", "Thừa Thiên Huế")]
    [InlineData("Thành phố Hồ Chí Minh, ngày 13 tháng 5 năm 2022", "Thành phố Hồ Chí Minh")]
    [InlineData("Phan Rang - Tháp Chàm, ngày 13 tháng 5 năm 2022", "Phan Rang - Tháp Chàm")]
    [InlineData("TP. Hồ Chí Minh, ngày 13 tháng 5 năm 2022", "TP. Hồ Chí Minh")]
    [InlineData("PHAN THIẾT, ngày 13 tháng 5 năm 2022", "PHAN THIẾT")]
    [InlineData("TỈNH UỶ BÌNH THUẬN Phan Thiết, ngày 13 tháng 5 năm 2022", "Phan Thiết")]
    public void Parse_PlaceOfSeveralWords_ReadsItWhole(string dateLine, string place)
    {
        Assert.Equal(place, ParseWithDateLine(dateLine).Place);
    }

    [Fact]
    public void Parse_DatesInTheBody_DoNotReplaceTheHeaderDate()
    {
        var document = DocumentParser.Read("""
            TỈNH UỶ BÌNH THUẬN
            Số 509-TB/TU

            THÔNG BÁO
            kết luận của Thường trực Tỉnh uỷ
            -----
            Ngày 22/5/2008, Thường trực Tỉnh uỷ làm việc với Đảng uỷ khối.
            """);

        Assert.Null(document.Date);
        Assert.Contains("Không đọc được ngày ban hành.", document.Warnings);
    }
}
