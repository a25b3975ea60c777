using DangVu.Core.Documents;

namespace DangVu.Core.Tests.Documents;

public sealed class DocumentParserSeedTests
{
    private static readonly ParsedDocument Seed = DocumentParser.Read(Samples.Seed);

    [Fact]
    public void Parse_Seed_ReadsTheHeader()
    {
        Assert.Equal("TỈNH ỦY BÌNH THUẬN", Seed.Issuer);
        Assert.Empty(Seed.IssuerParents);
        Assert.Equal("509-TB/TU", Seed.NumberSymbol);
        Assert.Equal(509, Seed.Serial);
        Assert.Equal("TB", Seed.TypeCode);
        Assert.Equal("TU", Seed.IssuerCode);
        Assert.Equal("Thông báo", Seed.Type);
        Assert.Equal("Phan Thiết", Seed.Place);
        Assert.Equal(new DateOnly(2008, 5, 22), Seed.Date);
        Assert.Equal("Ý KIẾN KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY tại buổi làm việc với Đảng uỷ khối cơ quan Dân Chính Đảng", Seed.Title);
    }

    [Fact]
    public void Parse_Seed_ReadsSectionsIAndII()
    {
        Assert.Equal(
            [
                new ParsedSection("I", "Đánh giá tình hình thực hiện nhiệm vụ 4 tháng đầu năm 2008"),
                new ParsedSection("II", "Một số nhiệm vụ cần tập trung lãnh đạo thực hiện trong thời gian còn lại của năm 2008"),
            ],
            Seed.Sections);
    }

    [Fact]
    public void Parse_Seed_ReadsEightTasksWithTheirSubParagraphs()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], Seed.Tasks.Select(task => task.Number));
        Assert.StartsWith("Đẩy mạnh phong trào thi đua yêu nước theo tinh thần Chỉ thị số 35-CT/TU", Seed.Tasks[0].Text, StringComparison.Ordinal);
        Assert.Equal(3, Seed.Tasks[0].Text.Split('\n').Length);
        Assert.Contains("Tiếp tục đẩy mạnh thực hiện việc nâng cao chất lượng Cuộc vận động", Seed.Tasks[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, Seed.Tasks[3].Text.Split('\n').Length);
        Assert.StartsWith("Tiếp tục chỉ đạo thực hiện Chỉ thị số 10-CT/TW", Seed.Tasks[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("Bản thân Đảng uỷ khối cơ quan Dân Chính Đảng", Seed.Tasks[7].Text, StringComparison.Ordinal);
        Assert.EndsWith("thúc đẩy các mặt công tác của cơ quan, đơn vị phát triển.", Seed.Tasks[7].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Seed.Tasks, task => task.Text.Contains("xin thông báo", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Seed_ReadsEachCitedDocumentOnce()
    {
        Assert.Equal(
            ["10-CT/TW", "20-KH/TU", "20-CT/TU", "17-KL/TU", "35-CT/TU", "945-CV/TU", "14/2008-NĐ/CP"],
            Seed.References.Select(reference => reference.NumberSymbol));
        Assert.All(Seed.References, reference => Assert.Null(reference.Date));
        Assert.Equal(
            ["Bộ Chính trị", "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ", null, "Chính phủ"],
            Seed.References.Select(reference => reference.Issuer));
    }

    [Fact]
    public void Parse_Seed_ReadsTheFooter()
    {
        Assert.Equal(
            [
                "Thường trực Tỉnh uỷ",
                "Các Ban Đảng của Tỉnh uỷ",
                "Đảng uỷ khối cơ quan Dân Chính Đảng",
                "Sở Nội vụ, LĐLĐ tỉnh, Tỉnh Đoàn",
                "Các đ/c Ủy viên Ban Thường vụ Tỉnh uỷ",
                "Lưu Văn phòng Tỉnh ủy",
            ],
            Seed.Recipients);
        Assert.Equal("T/L BAN THƯỜNG VỤ", Seed.SigningAuthority);
        Assert.Equal("PHÓ CHÁNH VĂN PHÒNG", Seed.SignerTitle);
        Assert.Equal("Huỳnh Đa Trung", Seed.SignerName);
    }

    [Fact]
    public void Parse_Seed_HasNoWarnings()
    {
        Assert.Empty(Seed.Warnings);
    }

    [Fact]
    public void Parse_Seed_SameAsRead()
    {
        Assert.Equivalent(Seed, DocumentParser.Parse(Samples.Seed), strict: true);
    }
}
