using DangVu.Core.Documents;

namespace DangVu.Core.Tests.Documents;

public sealed class DocumentParserFooterTests
{
    private const string Header = """
        TỈNH ỦY BÌNH THUẬN                         ĐẢNG CỘNG SẢN VIỆT NAM
        Số 09-QĐi/TU                       Phan Thiết, ngày 22 tháng 5 năm 2008
                                QUY ĐỊNH
                    về chế độ họp của Ban Thường vụ
        Điều 1. Ban Thường vụ họp mỗi tháng một lần./.

        """;

    [Fact]
    public void Parse_OnBehalfOfAndDeputy_KeepsBothAuthorityLines()
    {
        var document = DocumentParser.Read(Header + """
            Nơi nhận:                   T/M BAN THƯỜNG VỤ
            - Các đảng uỷ trực thuộc,   K/T BÍ THƯ
            - Lưu.                      PHÓ BÍ THƯ THƯỜNG TRỰC

                                        Lê Tiến Phương
            """);

        Assert.Equal(("T/M BAN THƯỜNG VỤ, K/T BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Tiến Phương"),
            (document.SigningAuthority, document.SignerTitle, document.SignerName));
        Assert.Equal(["Các đảng uỷ trực thuộc", "Lưu"], document.Recipients);
    }

    [Fact]
    public void Parse_StateStyleAuthorityAndSignatureAboveTheRecipients_ReadsBoth()
    {
        var document = DocumentParser.Read(Header + """
            TM. CHÍNH PHỦ
            THỦ TƯỚNG
            (Đã ký)
            Nguyễn Tấn Dũng
            Nơi nhận:
            - Ban Bí thư Trung ương Đảng;
            - Thủ tướng, các Phó Thủ tướng Chính phủ;
            - Lưu: Văn thư, TCCV (5b).
            """);

        Assert.Equal(("TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Tấn Dũng"), (document.SigningAuthority, document.SignerTitle, document.SignerName));
        Assert.Equal(["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Lưu: Văn thư, TCCV (5b)"], document.Recipients);
    }

    [Fact]
    public void Parse_RecipientWrappedOntoTheNextLine_IsOneRecipient()
    {
        var document = DocumentParser.Read(Header + """
            Nơi nhận:                                       T/M BAN THƯỜNG VỤ
            - Ban Tổ chức Trung ương,                               BÍ THƯ
            - Các đồng chí Uỷ viên Ban Thường vụ
              Tỉnh uỷ,
            - Lưu Văn phòng Tỉnh uỷ.                        (Đã ký)

                                                            Nguyễn Văn An
            """);

        Assert.Equal(["Ban Tổ chức Trung ương", "Các đồng chí Uỷ viên Ban Thường vụ Tỉnh uỷ", "Lưu Văn phòng Tỉnh uỷ"], document.Recipients);
        Assert.Equal(("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"), (document.SigningAuthority, document.SignerTitle, document.SignerName));
    }

    [Fact]
    public void Parse_SignerWithoutAuthority_ReadsTitleAndName()
    {
        var document = DocumentParser.Read(Header + """
            Nơi nhận:                                   BÍ THƯ
            - Như trên;
            - Lưu.                                      (Đã ký)
                                                   NGUYỄN VĂN AN
            """);

        Assert.Null(document.SigningAuthority);
        Assert.Equal(("BÍ THƯ", "NGUYỄN VĂN AN"), (document.SignerTitle, document.SignerName));
    }

    [Fact]
    public void Parse_NoFooter_WarnsOfRecipientsAndSigner()
    {
        var document = DocumentParser.Read(Header);

        Assert.Empty(document.Recipients);
        Assert.Null(document.SignerName);
        Assert.Contains("Không thấy nơi nhận.", document.Warnings);
        Assert.Contains("Không đọc được họ tên người ký.", document.Warnings);
    }
}
