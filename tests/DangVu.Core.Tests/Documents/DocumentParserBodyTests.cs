using DangVu.Core.Documents;

namespace DangVu.Core.Tests.Documents;

public sealed class DocumentParserBodyTests
{
    private const string Header = """
        ĐẢNG BỘ HUYỆN HÀM THUẬN BẮC                 ĐẢNG CỘNG SẢN VIỆT NAM
        ĐẢNG UỶ XÃ HÀM HIỆP
                *
        Số 15-KH/ĐU                        Hàm Hiệp, ngày 4 tháng 10 năm 2021

                              KẾ HOẠCH
             tổ chức đại hội chi bộ nhiệm kỳ 2022 - 2025
                              -----

        """;

    [Fact]
    public void Parse_TasksUnderTheSectionThatAssignsThem_NotTheReviewOrPurpose()
    {
        var document = DocumentParser.Read(Header + """
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Lãnh đạo tổ chức tốt đại hội.
            2. Yêu cầu
            Đúng Điều lệ Đảng.
            II. NỘI DUNG VÀ NHIỆM VỤ
            1. Chi bộ chuẩn bị báo cáo chính trị.
            2. Chi uỷ chuẩn bị nhân sự theo Hướng dẫn số 26-HD/BTCTW.
            III. TỔ CHỨC THỰC HIỆN
            Văn phòng Đảng uỷ theo dõi./.
            """);

        Assert.Equal(["I", "II", "III"], document.Sections.Select(section => section.Number));
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG VÀ NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"], document.Sections.Select(section => section.Heading));
        Assert.Equal(
            [new ParsedTask(1, "Chi bộ chuẩn bị báo cáo chính trị."), new ParsedTask(2, "Chi uỷ chuẩn bị nhân sự theo Hướng dẫn số 26-HD/BTCTW.")],
            document.Tasks);
    }

    [Fact]
    public void Parse_PlanWithContentsAndAssignments_TakesTheContents()
    {
        var document = DocumentParser.Read(Header + """
            I. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao chất lượng đại hội.
            2. Đúng Điều lệ Đảng.
            II. NỘI DUNG
            1. Chuẩn bị văn kiện.
            2. Chuẩn bị nhân sự.
            3. Tổ chức đại hội.
            III. TỔ CHỨC THỰC HIỆN
            1. Văn phòng Đảng uỷ theo dõi.
            2. Các chi bộ báo cáo kết quả./.
            """);

        Assert.Equal(["Chuẩn bị văn kiện.", "Chuẩn bị nhân sự.", "Tổ chức đại hội."], document.Tasks.Select(task => task.Text));
    }

    [Fact]
    public void Parse_ReviewHeadingThatMentionsTasks_IsNotTheTaskSection()
    {
        var document = DocumentParser.Read(Header + """
            I- Đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm:
            1- Ưu điểm: các chi bộ sinh hoạt đều đặn.
            2- Hạn chế: chất lượng chưa cao.
            II- Nhiệm vụ 3 tháng cuối năm:
            1- Tổ chức đại hội chi bộ.
            2- Kết nạp đảng viên mới.
            3- Kiểm điểm cuối năm.
            """);

        Assert.Equal([1, 2, 3], document.Tasks.Select(task => task.Number));
        Assert.Equal("Tổ chức đại hội chi bộ.", document.Tasks[0].Text);
    }

    [Fact]
    public void Parse_PartsAboveTheRomanSections_AreSectionsTooAndRestartTheNumerals()
    {
        var document = DocumentParser.Read(Header + """
            PHẦN THỨ NHẤT
            KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021
            I. Công tác tư tưởng
            1. Tổ chức học tập nghị quyết.
            2. Nắm tình hình tư tưởng.
            II. Công tác tổ chức
            1. Kiện toàn chi uỷ.
            Phần II: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022
            I. Mục tiêu
            Hoàn thành đại hội chi bộ.
            II. Nhiệm vụ, giải pháp
            1. Tập trung kiểm tra khi có dấu hiệu vi phạm.
            2. Giải quyết kịp thời đơn thư khiếu nại, tố cáo./.
            """);

        Assert.Equal(
            ["Phần I", "I", "II", "Phần II", "I", "II"],
            document.Sections.Select(section => section.Number));
        Assert.Equal("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021", document.Sections[0].Heading);
        Assert.Equal("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022", document.Sections[3].Heading);
        Assert.Equal(
            [new ParsedTask(1, "Tập trung kiểm tra khi có dấu hiệu vi phạm."), new ParsedTask(2, "Giải quyết kịp thời đơn thư khiếu nại, tố cáo./.")],
            document.Tasks);
    }

    [Fact]
    public void Parse_NoSections_TakesTheNumberedRun()
    {
        var document = DocumentParser.Read(Header + """
            Để chuẩn bị đại hội, Đảng uỷ yêu cầu:
            1) Các chi bộ xây dựng báo cáo;
            a) Đánh giá kết quả nhiệm kỳ.
            b) Đề ra phương hướng.
            2) Chuẩn bị nhân sự chi uỷ;
            3) Hoàn thành trước ngày 30/11/2021.
            """);

        Assert.Equal([1, 2, 3], document.Tasks.Select(task => task.Number));
        Assert.Equal("Các chi bộ xây dựng báo cáo;\na) Đánh giá kết quả nhiệm kỳ.\nb) Đề ra phương hướng.", document.Tasks[0].Text);
        Assert.Empty(document.Sections);
    }

    [Fact]
    public void Parse_NumbersOutOfStep_AreNotTasks()
    {
        var document = DocumentParser.Read(Header + """
            1- Tổ chức đại hội chi bộ.
            2008- năm đầu nhiệm kỳ trước, chi bộ có 12 đảng viên.
            3- Không phải nhiệm vụ thứ ba vì thiếu mục 2.
            20-KH/TU của Tỉnh uỷ vẫn còn hiệu lực.
            2- Kết nạp đảng viên mới.
            """);

        Assert.Equal([1, 2], document.Tasks.Select(task => task.Number));
        Assert.Contains("3- Không phải nhiệm vụ thứ ba", document.Tasks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClosingParagraphAfterTheLastTask_IsNotPartOfIt()
    {
        var document = DocumentParser.Read(Header + """
            1- Tổ chức đại hội chi bộ.

            Các chi bộ bám sát hướng dẫn của Đảng uỷ.

            2- Kết nạp đảng viên mới.

            Nhận được Kế hoạch này, đề nghị các chi bộ triển khai thực hiện./.
            """);

        Assert.Equal(
            [new ParsedTask(1, "Tổ chức đại hội chi bộ.\nCác chi bộ bám sát hướng dẫn của Đảng uỷ."), new ParsedTask(2, "Kết nạp đảng viên mới.")],
            document.Tasks);
    }

    [Fact]
    public void Parse_LastTaskEndingTheText_KeepsItsOwnParagraph()
    {
        var document = DocumentParser.Read(Header + """
            1- Tổ chức đại hội chi bộ.
            2- Giao Văn phòng Đảng uỷ theo dõi, đôn đốc thực hiện Kế hoạch này./.
            """);

        Assert.Equal("Giao Văn phòng Đảng uỷ theo dõi, đôn đốc thực hiện Kế hoạch này./.", document.Tasks[1].Text);
    }

    [Fact]
    public void Parse_CitedDocuments_WithDateAndIssuerWhenWritten()
    {
        var document = DocumentParser.Read(Header + """
            - Căn cứ Quy định số 45-QĐ/TW, ngày 01/11/2006 của Ban Chấp hành Trung ương (khoá X);
            - Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 2 tháng 3 năm 2007 của Ban Tổ chức Trung ương;
            - Thực hiện Chỉ thị 10-CT/TW (30-3-2007) của Ban Bí thư và Quyết định số 29/2008/QĐ-UBND của Uỷ ban nhân dân tỉnh;
            - Theo Luật số 52/2005/QH11 và Nghị định số 14/2008/NĐ-CP ngày 04/02/2008 của Chính phủ;
            - Nhắc lại Quy định 45-QĐ/TW và Nghị định 14/2008-NĐ/CP của Chính phủ nhanh chóng thực hiện;
            - Theo Công văn số 07 CV/ĐU của Đảng uỷ khối cơ quan Dân Chính Đảng đã nêu.
            """);

        Assert.Equal(
            [
                new ParsedReference("45-QĐ/TW", new DateOnly(2006, 11, 1), "Ban Chấp hành Trung ương"),
                new ParsedReference("09-HD/BTCTW", new DateOnly(2007, 3, 2), "Ban Tổ chức Trung ương"),
                new ParsedReference("10-CT/TW", new DateOnly(2007, 3, 30), "Ban Bí thư"),
                new ParsedReference("29/2008/QĐ-UBND", null, "Uỷ ban nhân dân tỉnh"),
                new ParsedReference("52/2005/QH11", null, null),
                new ParsedReference("14/2008/NĐ-CP", new DateOnly(2008, 2, 4), "Chính phủ"),
                new ParsedReference("07-CV/ĐU", null, "Đảng uỷ khối cơ quan Dân Chính Đảng"),
            ],
            document.References);
    }

    [Fact]
    public void Parse_ItsOwnSymbolInTheText_IsNotACitation()
    {
        var document = DocumentParser.Read(Header + "Kế hoạch 15-KH/ĐU này thay Kế hoạch số 11-KH/ĐU.\n");

        Assert.Equal(["11-KH/ĐU"], document.References.Select(reference => reference.NumberSymbol));
    }
}
