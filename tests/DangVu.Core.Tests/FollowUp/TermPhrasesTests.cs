using DangVu.Core.Documents;
using DangVu.Core.FollowUp;
using DangVu.Core.Tests.Documents;

namespace DangVu.Core.Tests.FollowUp;

public sealed class TermPhrasesTests
{
    private static readonly DateOnly Notice = new(2008, 5, 22);

    [Theory]
    [InlineData("ra sức thực hiện nhiệm vụ chính trị, chuyên môn trong 7 tháng còn lại để phấn đấu", "2008-12-31", TermKind.YearEnd, "7 tháng còn lại")]
    [InlineData("Một số nhiệm vụ cần tập trung lãnh đạo thực hiện trong thời gian còn lại của năm 2008", "2008-12-31", TermKind.YearEnd, "thời gian còn lại của năm 2008")]
    [InlineData("Hoàn thành trước ngày 30/6/2008.", "2008-06-30", TermKind.Deadline, "trước ngày 30/6/2008")]
    [InlineData("báo cáo chậm nhất ngày 15 tháng 10 năm 2008", "2008-10-15", TermKind.Deadline, "chậm nhất ngày 15 tháng 10 năm 2008")]
    [InlineData("Tổ chức hội nghị trong quý III", "2008-09-30", TermKind.Deadline, "trong quý III")]
    [InlineData("xong trong QUÝ 4 năm 2008", "2008-12-31", TermKind.Deadline, "trong QUÝ 4 năm 2008")]
    [InlineData("Mở lớp trong tháng 7", "2008-07-31", TermKind.Deadline, "trong tháng 7")]
    [InlineData("phấn đấu hoàn thành 6 tháng cuối năm", "2008-12-31", TermKind.YearEnd, "6 tháng cuối năm")]
    [InlineData("Sơ kết vào cuối năm", "2008-12-31", TermKind.YearEnd, "cuối năm")]
    [InlineData("trong 7 THANG CON LAI", "2008-12-31", TermKind.YearEnd, "7 THANG CON LAI")]
    public void Read_DeadlinePhrases_GiveTheirDate(string text, string due, TermKind kind, string phrase)
    {
        var reading = TermPhrases.Read(text, Notice);

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), reading.Term!.DueOn);
        Assert.Equal(kind, reading.Term.Kind);
        Assert.Equal(Notice, reading.Term.Start);
        Assert.Equal(phrase, reading.TermPhrase);
    }

    [Theory]
    [InlineData("Đánh giá tình hình thực hiện nhiệm vụ 4 tháng đầu năm 2008")] // looks back
    [InlineData("đánh giá chất lượng tổ chức đảng và đảng viên năm 2007 còn chậm")]
    [InlineData("Báo cáo trước ngày 30/4/2008")] // before the notice itself
    [InlineData("trong quý I")] // a quarter already over
    [InlineData("Tăng cường công tác kiểm tra, giám sát của Đảng uỷ khối")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_TextWithoutAForwardTerm_SetsNothing(string? text)
    {
        Assert.Null(TermPhrases.Read(text, Notice).Term);
    }

    [Theory]
    [InlineData("nhiệm vụ chính cần tập trung lãnh đạo, chỉ đạo trong từng tháng, từng quý", ReportCadence.Monthly, "từng tháng")]
    [InlineData("báo cáo hằng quý về Ban Thường vụ", ReportCadence.Quarterly, "hằng quý")]
    [InlineData("báo cáo hàng tháng", ReportCadence.Monthly, "hàng tháng")]
    [InlineData("báo cáo kết quả", ReportCadence.None, null)]
    public void Read_Cadence_TheMoreFrequentWins(string text, ReportCadence cadence, string? phrase)
    {
        var reading = TermPhrases.Read(text, Notice);

        Assert.Equal(cadence, reading.Cadence);
        Assert.Equal(phrase, reading.CadencePhrase);
    }

    [Fact]
    public void Read_TheSeedsTasks_TakeTheYearEndFromTheirHeading_AndTaskEightReportsMonthly()
    {
        var document = DocumentParser.Parse(Samples.Seed);
        var heading = document.Sections[^1].Heading;

        var readings = document.Tasks.Select(task => TermPhrases.Read(task.Text, heading, document.Date!.Value)).ToList();

        Assert.Equal(8, readings.Count);
        Assert.All(readings, reading => Assert.Equal(new DateOnly(2008, 12, 31), reading.Term!.DueOn));
        Assert.All(readings, reading => Assert.Equal(TermKind.YearEnd, reading.Term!.Kind));
        Assert.Equal(ReportCadence.Monthly, readings[7].Cadence);
        Assert.Equal(ReportCadence.None, readings[4].Cadence);
    }

    [Fact]
    public void Read_TheTasksOwnDeadline_WinsOverItsHeading()
    {
        var reading = TermPhrases.Read("Mở lớp trong tháng 7", "trong thời gian còn lại của năm 2008", Notice);

        Assert.Equal(new DateOnly(2008, 7, 31), reading.Term!.DueOn);
    }
}
