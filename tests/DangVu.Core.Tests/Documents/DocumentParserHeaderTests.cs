using DangVu.Core.Documents;

namespace DangVu.Core.Tests.Documents;

public sealed class DocumentParserHeaderTests
{
    [Fact]
    public void Parse_BodiesAboveTheIssuer_AreItsParentsOutermostFirst()
    {
        var document = DocumentParser.Read("""
            ĐẢNG BỘ TỈNH BÌNH THUẬN	ĐẢNG CỘNG SẢN VIỆT NAM
            ĐẢNG UỶ KHỐI CƠ QUAN
            DÂN CHÍNH ĐẢNG
                  *
            Số: 12 - NQ/ĐUK			Phan Thiết, ngày 05 tháng 01 năm 2009

                               NGHỊ QUYẾT
                    của Ban Thường vụ Đảng uỷ khối
               về nâng cao chất lượng sinh hoạt chi bộ năm 2009
            """);

        Assert.Equal("ĐẢNG UỶ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG", document.Issuer);
        Assert.Equal(["ĐẢNG BỘ TỈNH BÌNH THUẬN"], document.IssuerParents);
        Assert.Equal(("12-NQ/ĐUK", "Nghị quyết", new DateOnly(2009, 1, 5)), (document.NumberSymbol, document.Type, document.Date));
        Assert.Equal("của Ban Thường vụ Đảng uỷ khối về nâng cao chất lượng sinh hoạt chi bộ năm 2009", document.Title);
    }

    [Fact]
    public void Parse_ThreeLevels_KeepsEachBody()
    {
        var document = DocumentParser.Read("""
            ĐẢNG BỘ TỈNH BÌNH THUẬN                    ĐẢNG CỘNG SẢN VIỆT NAM
            ĐẢNG BỘ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG
            CHI BỘ SỞ NỘI VỤ
                    *
            Số 03-BC/CB                        Phan Thiết, ngày 20 tháng 12 năm 2008
                                 BÁO CÁO
                   kiểm điểm tập thể chi uỷ năm 2008
            """);

        Assert.Equal("CHI BỘ SỞ NỘI VỤ", document.Issuer);
        Assert.Equal(["ĐẢNG BỘ TỈNH BÌNH THUẬN", "ĐẢNG BỘ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG"], document.IssuerParents);
    }

    [Fact]
    public void Parse_SecrecyAndDraftMarks_AreNotPartOfTheIssuer()
    {
        var document = DocumentParser.Read("""
            TỈNH UỶ BÌNH THUẬN                          ĐẢNG CỘNG SẢN VIỆT NAM
                 MẬT
            Số 12-BC/TU                      Phan Thiết, ngày 2 tháng 6 năm 2008
                                              DỰ THẢO
                               BÁO CÁO
                  tình hình tư tưởng cán bộ, đảng viên
            """);

        Assert.Equal("TỈNH UỶ BÌNH THUẬN", document.Issuer);
        Assert.Empty(document.IssuerParents);
        Assert.Equal("tình hình tư tưởng cán bộ, đảng viên", document.Title);
    }

    [Fact]
    public void Parse_EverythingOnOneLineAsPdfTextGivesIt_ReadsEachPart()
    {
        var document = DocumentParser.Read("""
            TỈNH ỦY THỪA THIÊN HUẾ ĐẢNG CỘNG SẢN VIỆT NAM
            Số 445-KL/TU Thừa Thiên Huế, ngày 13 tháng 5 năm 2022
            KẾT LUẬN
            HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)
            về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,
            định hướng đến năm 2030
            Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khoá XVI) họp
            ngày 26/4/2022 đã thảo luận và kết luận:
            """);

        Assert.Equal(("TỈNH ỦY THỪA THIÊN HUẾ", "445-KL/TU", "Thừa Thiên Huế", new DateOnly(2022, 5, 13), "Kết luận"),
            (document.Issuer, document.NumberSymbol, document.Place, document.Date, document.Type));
        Assert.Equal(
            "HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025, định hướng đến năm 2030",
            document.Title);
    }

    [Fact]
    public void Parse_HeadingSplitByAPoorScan_StillNamesTheType()
    {
        var document = DocumentParser.Read("""
            TỈNH ỦY THỪA THIÊN HUẾ
            Số 445-KL/TU
            Thừa Thiên Huế, ngày 13 tháng 5 năm 2022
            K ẾT LUẬN
            về xây dựng hệ thống kết cấu hạ tầng
            """);

        Assert.Equal(("Kết luận", "về xây dựng hệ thống kết cấu hạ tầng"), (document.Type, document.Title));
    }

    [Fact]
    public void Parse_OfficialLetter_ReadsItsTitleFromVv()
    {
        var document = DocumentParser.Read("""
            TỈNH UỶ BÌNH THUẬN                              ĐẢNG CỘNG SẢN VIỆT NAM
                    *
            Số: 945 -CV/TU                         Phan Thiết, ngày 14 tháng 4 năm 2008
            V/v triển khai Chương trình hành động
            của Tỉnh uỷ thực hiện Nghị quyết Hội nghị
            lần thứ 6 Ban Chấp hành Trung ương (khoá X)

                            Kính gửi: - Đảng uỷ khối cơ quan Dân Chính Đảng,
                                      - Các huyện uỷ, thị uỷ, thành uỷ.

            Thực hiện Chương trình hành động số 25-CTr/TU ngày 2/4/2008 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh uỷ đề nghị các đơn vị xây dựng kế hoạch./.

            Nơi nhận:                                        T/L BAN THƯỜNG VỤ
            - Như trên;                                      CHÁNH VĂN PHÒNG
            - Lưu VP.
                                                              Trần Văn Bình
            """);

        Assert.Equal(("TỈNH UỶ BÌNH THUẬN", "945-CV/TU", "Công văn", new DateOnly(2008, 4, 14)), (document.Issuer, document.NumberSymbol, document.Type, document.Date));
        Assert.Equal("triển khai Chương trình hành động của Tỉnh uỷ thực hiện Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương (khoá X)", document.Title);
        Assert.Equal([new ParsedReference("25-CTr/TU", new DateOnly(2008, 4, 2), "Ban Chấp hành Đảng bộ tỉnh")], document.References);
        Assert.Equal(["Như trên", "Lưu VP"], document.Recipients);
        Assert.Equal(("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Trần Văn Bình"), (document.SigningAuthority, document.SignerTitle, document.SignerName));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Parse_DecreeThatNamesItsIssuerAboveTheBody_EndsTheTitleThere()
    {
        var document = DocumentParser.Read("""
            CHÍNH PHỦ
            Số: 14/2008/NĐ-CP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 04 tháng 02 năm 2008
            NGHỊ ĐỊNH
            QUY ĐỊNH TỔ CHỨC CÁC CƠ QUAN CHUYÊN MÔN THUỘC ỦY BAN NHÂN DÂN HUYỆN
            CHÍNH PHỦ
            Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
            """);

        Assert.Equal("QUY ĐỊNH TỔ CHỨC CÁC CƠ QUAN CHUYÊN MÔN THUỘC ỦY BAN NHÂN DÂN HUYỆN", document.Title);
    }
}
