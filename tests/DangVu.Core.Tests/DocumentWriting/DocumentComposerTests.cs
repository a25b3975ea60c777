using DangVu.Core.DocumentWriting;

namespace DangVu.Core.Tests.DocumentWriting;

public sealed class DocumentComposerTests
{
    private static readonly DocumentInput Valid = new()
    {
        TypeCode = "TB",
        Issuer = "Tỉnh ủy Bình Thuận",
        IssuerCode = "tu",
        Place = "Phan Thiết",
        Date = "22/5/2008",
        Title = "Kết luận của Thường trực Tỉnh uỷ",
        Body = "I- Đánh giá:\n\n1- Tiếp tục thực hiện.\r\nĐoạn thường.",
        Recipients = "- Thường trực Tỉnh uỷ,\n\n- Lưu Văn phòng.",
        SigningKind = SigningAuthorityKind.ByOrderOf,
        SigningBody = "T/L Ban Thường vụ",
        SignerTitle = "Phó Chánh Văn phòng",
        SignerName = "Huỳnh  Đa Trung",
    };

    [Fact]
    public void Compose_ValidInput_NormalisesAndAppliesTheFormatsCapitals()
    {
        var (document, errors) = DocumentComposer.Compose(Valid, serial: 509);

        Assert.Empty(errors);
        Assert.NotNull(document);
        Assert.Equal("TỈNH UỶ BÌNH THUẬN", document.Issuer);
        Assert.Equal("TU", document.IssuerCode);
        Assert.Equal("509-TB/TU", document.NumberSymbol);
        Assert.Equal("Số 509-TB/TU", document.NumberLine);
        Assert.Equal("Phan Thiết, ngày 22 tháng 5 năm 2008", document.PlaceAndDate);
        Assert.Equal("kết luận của Thường trực Tỉnh uỷ", document.Title);
        Assert.Equal([BodyParagraphRole.Section, BodyParagraphRole.Item, BodyParagraphRole.Plain], document.Body.Select(p => p.Role));
        Assert.Equal(["Thường trực Tỉnh uỷ", "Lưu Văn phòng"], document.Recipients);
        Assert.Equal("T/L BAN THƯỜNG VỤ", document.Signature.AuthorityText);
        Assert.Equal("PHÓ CHÁNH VĂN PHÒNG", document.Signature.SignerTitle);
        Assert.Equal("Huỳnh Đa Trung", document.Signature.SignerName);
    }

    [Fact]
    public void Compose_Draft_LeavesTheSerialBlank()
    {
        var (document, _) = DocumentComposer.Compose(Valid);

        Assert.Equal("-TB/TU", document!.NumberSymbol);
        Assert.Equal("Số      -TB/TU", document.NumberLine);
    }

    [Theory]
    [InlineData("31/02/2008", "Không đọc được ngày “31/02/2008”")]
    [InlineData("2008/05/22", "hãy viết ngày/tháng/năm")]
    [InlineData("", "Hãy nhập ngày ban hành")]
    [InlineData("01/01/1929", "trước ngày thành lập Đảng (03/02/1930)")]
    public void Compose_WrongDate_IsRefusedInVietnamese(string date, string message)
    {
        var (document, errors) = DocumentComposer.Compose(Valid with { Date = date });

        Assert.Null(document);
        var error = Assert.Single(errors);
        Assert.Equal(nameof(DocumentInput.Date), error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MissingTitleOverLongFieldsAndNoRecipient_AreEachRefused()
    {
        var (document, errors) = DocumentComposer.Compose(Valid with
        {
            Title = "  ",
            Place = new string('x', DocumentLimits.Place + 1),
            Recipients = "-\n,",
            SignerName = new string('y', DocumentLimits.SignerName + 5),
            IssuerCode = "T-U",
            TypeCode = "XX",
            SigningKind = null,
        });

        Assert.Null(document);
        var byField = errors.ToDictionary(e => e.Field, e => e.Message);
        Assert.Equal("Văn bản phải có trích yếu (tiêu đề).", byField[nameof(DocumentInput.Title)]);
        Assert.Equal("Địa danh dài quá 100 ký tự (hiện có 101).", byField[nameof(DocumentInput.Place)]);
        Assert.Equal("Hãy ghi ít nhất một nơi nhận, mỗi nơi một dòng.", byField[nameof(DocumentInput.Recipients)]);
        Assert.Equal("Họ tên người ký dài quá 100 ký tự (hiện có 105).", byField[nameof(DocumentInput.SignerName)]);
        Assert.StartsWith("Ký hiệu cơ quan ban hành chỉ gồm chữ cái", byField[nameof(DocumentInput.IssuerCode)], StringComparison.Ordinal);
        Assert.Equal("Hãy chọn loại văn bản.", byField[nameof(DocumentInput.TypeCode)]);
        Assert.Equal("Hãy chọn thẩm quyền ký (T/M, T/L hoặc K/T).", byField[nameof(DocumentInput.SigningKind)]);
    }

    [Fact]
    public void Compose_TitleLongerThanTheParserReads_IsRefused()
    {
        var (_, errors) = DocumentComposer.Compose(Valid with { Title = new string('a', DocumentLimits.Title + 1) });

        Assert.Equal("Trích yếu dài quá 300 ký tự (hiện có 301).", Assert.Single(errors).Message);
    }

    [Fact]
    public void Compose_LetterWithoutSalutation_IsRefused_WithItIsAccepted()
    {
        var letter = Valid with { TypeCode = "CV", Title = "V/v triển khai Chỉ thị 10-CT/TW" };

        var (_, refused) = DocumentComposer.Compose(letter);
        var (accepted, errors) = DocumentComposer.Compose(letter with { Body = "Kính gửi: Các chi bộ trực thuộc.\n" + letter.Body });

        Assert.Contains("Kính gửi", Assert.Single(refused).Message, StringComparison.Ordinal);
        Assert.Empty(errors);
        Assert.Equal("triển khai Chỉ thị 10-CT/TW", accepted!.Title);
        Assert.Equal(BodyParagraphRole.Salutation, accepted.Body[0].Role);
        Assert.Empty(accepted.Kind.Heading);
    }

    [Fact]
    public void Compose_DeputyUnderACollective_WritesTwoAuthorityLines()
    {
        var (document, _) = DocumentComposer.Compose(Valid with
        {
            SigningKind = SigningAuthorityKind.Deputy,
            SigningBody = "Bí thư",
            SigningCollective = "T/M Ban Thường vụ",
            SignerTitle = "Phó Bí thư",
        });

        Assert.Equal(["T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"], document!.Signature.AuthorityLines);
        Assert.Equal("T/M BAN THƯỜNG VỤ, K/T BÍ THƯ", document.Signature.AuthorityText);
    }

    [Theory]
    [InlineData("Ý kiến kết luận", "ý kiến kết luận")]
    [InlineData("Kết quả 4 tháng đầu năm", "kết quả 4 tháng đầu năm")]
    [InlineData("HĐND tỉnh", "HĐND tỉnh")]
    [InlineData("Ý KIẾN KẾT LUẬN", "Ý KIẾN KẾT LUẬN")]
    [InlineData("về công tác phát triển đảng viên", "về công tác phát triển đảng viên")]
    [InlineData("V/v: triển khai", "triển khai")]
    public void TitleText_ContinuesTheTypeName(string typed, string written) =>
        Assert.Equal(written, DocumentComposer.TitleText(typed));
}
