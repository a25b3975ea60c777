using System.Globalization;
using DangVu.Core.Meetings;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DangVu.Data.Meetings;

/// <summary>Where the minutes come from: the meeting (with its invitations and decisions) and the names of its cell and the committee above.</summary>
/// <param name="Meeting">The meeting, held.</param>
/// <param name="CellName">"Chi bộ Khoa Nội".</param>
/// <param name="ParentName">"Đảng bộ Bệnh viện Đa khoa tỉnh", if the cell has a committee above it.</param>
public sealed record MinutesSource(CellMeeting Meeting, string CellName, string? ParentName);

/// <summary>
/// The minutes of a cell meeting (biên bản sinh hoạt chi bộ) as a Word document in the party format: the issuing
/// cell and "ĐẢNG CỘNG SẢN VIỆT NAM" side by side, the date written out, the title, who attended and who did not (and
/// why), the agenda, proceedings and decisions, the dues, the cell's own rating and the length, then the signatures.
/// </summary>
public static class MeetingMinutesDocument
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void Write(Stream stream, MinutesSource source, RuleBook book)
    {
        var meeting = source.Meeting;
        using var document = MinutesDocx.Create(stream, out var body);
        var center = DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center;
        List<Paragraph> issuer = [];
        if (source.ParentName is { } parent)
        {
            issuer.Add(MinutesDocx.Paragraph(parent.ToUpper(Vietnamese), center));
        }

        issuer.Add(MinutesDocx.Paragraph(source.CellName.ToUpper(Vietnamese), center, bold: true));
        issuer.Add(MinutesDocx.Paragraph("*", center));
        body.Append(MinutesDocx.TwoColumns(issuer,
        [
            MinutesDocx.Paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", center, bold: true, underline: true),
            MinutesDocx.Paragraph(string.Empty, center),
            MinutesDocx.Paragraph(Capitalized(VietnameseDates.Written(meeting.Date)), center, italic: true),
        ]));
        body.Append(MinutesDocx.Paragraph(string.Empty));
        body.Append(MinutesDocx.Paragraph("BIÊN BẢN", center, bold: true, halfPoints: 32));
        body.Append(MinutesDocx.Paragraph(Title(meeting).ToUpper(Vietnamese), center, bold: true));
        body.Append(MinutesDocx.Paragraph("-----", center));
        var tally = AttendanceTally.Of(meeting.Invitations.Select(i => (i.Expectation, i.Mark)));
        Line(body, "Thời gian: ", $"bắt đầu lúc {Clock(meeting.StartTime)}, {VietnameseDates.Written(meeting.Date)}.");
        if (meeting.Location is { } location)
        {
            Line(body, "Địa điểm: ", location + ".");
        }

        Line(body, "Chủ trì: ", (meeting.Chair ?? "…") + "; thư ký: " + (meeting.Recorder ?? "…") + ".");
        Line(body, "Thành phần: ",
            $"tổng số đảng viên phải dự {tally.Expected}; có mặt {tally.PresentOfExpected}; vắng {tally.Excused + tally.Unexcused} "
            + $"(có lý do {tally.Excused}, không lý do {tally.Unexcused}).{Optional(meeting, tally)}");
        Names(body, "Vắng có lý do: ", meeting.Invitations.Where(i => i.Expectation == AttendanceExpectation.Expected && i.Mark == AttendanceMark.ExcusedAbsence));
        Names(body, "Vắng không lý do: ", meeting.Invitations.Where(i => i.Expectation == AttendanceExpectation.Expected && i.Mark is AttendanceMark.UnexcusedAbsence or AttendanceMark.NotTaken));
        Line(body, "Chủ đề: ", meeting.Topic + ".");
        Section(body, "I. CHƯƠNG TRÌNH", meeting.Agenda);
        Section(body, "II. DIỄN BIẾN", meeting.Proceedings);
        body.Append(MinutesDocx.Paragraph("III. CHI BỘ QUYẾT NGHỊ", bold: true));
        if (meeting.Decisions.Count == 0)
        {
            body.Append(MinutesDocx.Paragraph("(Không ghi quyết nghị.)", firstLineIndentMm: 10));
        }

        foreach (var decision in meeting.Decisions.OrderBy(d => d.Number))
        {
            body.Append(MinutesDocx.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{decision.Number}. {decision.Text}"), firstLineIndentMm: 10));
        }

        var paid = meeting.Invitations.Count(i => i.DuesPaid);
        Line(body, "Đảng phí: ", meeting.DuesCollected is { } dues
            ? $"thu {dues.ToString("N0", Vietnamese)} đồng; {paid} đồng chí đã nộp."
            : $"{paid} đồng chí đã nộp.");
        if (meeting.QualityLevel is { } level && book.TryOn(meeting.Date, out var rules) && rules.MeetingQuality.Value?.Name(level) is { } quality)
        {
            Line(body, "Chi bộ tự đánh giá chất lượng buổi sinh hoạt: ", quality + ".");
        }

        if (meeting.DurationMinutes is { } minutes)
        {
            var end = meeting.StartTime.AddMinutes(minutes);
            Line(body, "Buổi sinh hoạt kết thúc ", $"lúc {Clock(end)} cùng ngày, thời lượng {minutes} phút. Biên bản đã được thông qua trước chi bộ.");
        }

        body.Append(MinutesDocx.Paragraph(string.Empty));
        body.Append(MinutesDocx.TwoColumns(
            [MinutesDocx.Paragraph("THƯ KÝ", center, bold: true), Blank(), Blank(), MinutesDocx.Paragraph(meeting.Recorder ?? string.Empty, center, bold: true)],
            [MinutesDocx.Paragraph("CHỦ TRÌ", center, bold: true), Blank(), Blank(), MinutesDocx.Paragraph(meeting.Chair ?? string.Empty, center, bold: true)]));
        MinutesDocx.FinishPage(body);
    }

    /// <summary>"Sinh hoạt chi bộ thường kỳ tháng 3 năm 2026".</summary>
    public static string Title(CellMeeting meeting)
    {
        var kind = meeting.Kind switch
        {
            MeetingKind.Regular => "thường kỳ",
            MeetingKind.Thematic => "chuyên đề",
            _ => "thường kỳ kết hợp chuyên đề",
        };
        return string.Create(CultureInfo.InvariantCulture, $"Sinh hoạt chi bộ {kind} tháng {meeting.Date.Month} năm {meeting.Date.Year}");
    }

    /// <summary>The file name offered for download: "bien-ban-2026-03-05.docx".</summary>
    public static string FileName(CellMeeting meeting) => string.Create(CultureInfo.InvariantCulture, $"bien-ban-{meeting.Date:yyyy-MM-dd}.docx");

    private static string Optional(CellMeeting meeting, AttendanceTally tally)
    {
        var exempted = meeting.Invitations.Count(i => i.Expectation == AttendanceExpectation.Optional);
        return exempted == 0 ? string.Empty : $" Đảng viên được miễn sinh hoạt: {exempted} (có mặt {tally.OptionalPresent}).";
    }

    private static void Names(Body body, string label, IEnumerable<MeetingInvitation> invitations)
    {
        var names = invitations.OrderBy(i => i.FullName, PersonNames.Comparer)
            .Select(i => i.AbsenceReason is { } reason ? $"{i.FullName} ({reason})" : i.FullName).ToList();
        if (names.Count > 0)
        {
            Line(body, label, string.Join("; ", names) + ".");
        }
    }

    private static void Section(Body body, string heading, string? text)
    {
        body.Append(MinutesDocx.Paragraph(heading, bold: true));
        foreach (var line in (text ?? "(Không ghi.)").Split('\n'))
        {
            body.Append(MinutesDocx.Paragraph(line, firstLineIndentMm: 10));
        }
    }

    private static void Line(Body body, string label, string text) =>
        body.Append(MinutesDocx.Paragraph([(label, true), (text, false)], firstLineIndentMm: 10));

    private static Paragraph Blank() => MinutesDocx.Paragraph(string.Empty);

    private static string Clock(TimeOnly time) => string.Create(CultureInfo.InvariantCulture, $"{time.Hour:00} giờ {time.Minute:00}");

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
