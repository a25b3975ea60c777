using DangVu.Core.Meetings;
using DangVu.Core.Organizations;
using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;
using DangVu.Data;
using DangVu.Data.Meetings;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// Thirteen months of synthetic meetings in the hospital's four cells, dated from today and recorded through the meeting services,
/// so the office sees each kind of flag: Khoa Nội meets every month (its next meeting is scheduled, documents posted);
/// Khoa Ngoại skips two months and a quarter's thematic meeting and meets once with few present (a weak cell); Khoa Sản
/// posts one month's documents on the day; Phòng Điều dưỡng holds one short meeting it rates weakest. Added once.
/// </summary>
internal sealed class DemoMeetings(
    MeetingScheduling scheduling, MeetingDocuments documents, MeetingAttendanceRecording attendance, MeetingClosing closing,
    DangVuDbContext context, WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>Months of history: a year back and this month, so a review of the last twelve months finds every month.</summary>
    private const int Months = 13;

    /// <summary>No month: the script never does this.</summary>
    private const int Never = -1;
    private static readonly TimeOnly Start = new(14, 0);
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];
    private static readonly string[] Reasons = ["Đi công tác", "Trực cấp cứu", "Ốm", "Nghỉ phép", "Việc gia đình"];

    /// <summary>How one cell's year goes: months (counted back from this one, 0 = this month) it skips or meets badly in.</summary>
    private sealed record Script(string Cell, int[] Skipped, int[] NoThematic, int LowAttendance, int LateDocuments, int Short);

    private static readonly Script[] Scripts =
    [
        new(DemoOrganizations.MemberCellName, [], [], Never, Never, Never),
        new(DemoOrganizations.SurgeryCellName, [4, 7], [7, 8, 9], 2, Never, Never),
        new("Chi bộ Khoa Sản", [], [], Never, 3, Never),
        new("Chi bộ Phòng Điều dưỡng", [], [], Never, Never, 5),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.CellMeetings.AnyAsync(cancellationToken))
        {
            return;
        }

        var names = Scripts.Select(s => s.Cell).ToList();
        var cells = await context.Organizations.AsNoTracking()
            .Where(o => names.Contains(o.Name) && o.Kind == OrganizationKind.Cell && o.DissolvedOn == null)
            .ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var today = VietnameseDates.Today(clock);
        var random = new Random(2008);
        foreach (var script in Scripts.Where(s => cells.ContainsKey(s.Cell)))
        {
            // A year back and this month, then the next meeting: this month's if its day is still ahead.
            for (var back = Months - 1; back >= 0; back--)
            {
                var date = Day(today.AddMonths(-back));
                if (date > today)
                {
                    break;
                }

                if (!script.Skipped.Contains(back))
                {
                    await HoldAsync(cells[script.Cell], script, back, date, random, cancellationToken);
                }
            }

            var thisMonth = Day(today);
            await NextAsync(cells[script.Cell], thisMonth > today ? thisMonth : Day(today.AddMonths(1)), cancellationToken);
        }
    }

    private async Task HoldAsync(Guid cellId, Script script, int back, DateOnly date, Random random, CancellationToken cancellationToken)
    {
        var first = new DateOnly(date.Year, date.Month, 1);
        var quarterEnd = first.Month % 3 == 0;
        var kind = quarterEnd && !script.NoThematic.Contains(back) ? MeetingKind.Combined : MeetingKind.Regular;
        var topic = kind == MeetingKind.Combined
            ? $"Chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh — quý {Quarters[(first.Month - 1) / 3]}/{first.Year}"
            : null;
        var created = await scheduling.CreateAsync(new NewMeeting(cellId, date, Start, kind, topic,
            "Đánh giá kết quả thực hiện nhiệm vụ tháng trước\nTriển khai nhiệm vụ tháng tới\nThu đảng phí", "Phòng giao ban khoa", IsSynthetic: true), cancellationToken);
        var meeting = Check(created);
        var posted = back == script.LateDocuments
            ? MeetingTime.Instant(date, Start.AddHours(-3)) // on the day: late
            : MeetingTime.Instant(date.AddDays(-3), new TimeOnly(9, 0));
        meeting = Check(await documents.PostAsync(meeting.Id, meeting.Version, $"Dự thảo nghị quyết chi bộ tháng {first.Month}/{first.Year}",
            "Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị của khoa trong tháng; phương hướng, nhiệm vụ tháng tới.", posted, cancellationToken));
        var present = back == script.LowAttendance ? 0.5 : 0.92;
        var marks = meeting.Invitations.Select(i => Mark(i, present, random)).ToList();
        meeting = Check(await attendance.RecordAsync(meeting.Id, meeting.Version, marks, cancellationToken));
        var minutes = back == script.Short ? 60 : kind == MeetingKind.Combined ? 135 : 100;
        var quality = back == script.Short ? 3 : back == script.LowAttendance ? 2 : random.Next(0, 2);
        var paid = marks.Count(m => m.DuesPaid);
        Check(await closing.CloseAsync(meeting.Id, meeting.Version, new CloseMeeting(
            minutes, paid * 50_000L, quality, "Bí thư chi bộ", "Phó bí thư chi bộ",
            "Chi bộ nghe báo cáo kết quả công tác chuyên môn và công tác đảng trong tháng; các đảng viên phát biểu ý kiến.",
            [new("Hoàn thành chỉ tiêu chuyên môn của khoa trong tháng tới", false), new("Giới thiệu quần chúng ưu tú là bác sĩ trẻ để bồi dưỡng kết nạp", true)]),
            cancellationToken));
    }

    /// <summary>The next meeting, with its documents posted now, in time for members to read.</summary>
    private async Task NextAsync(Guid cellId, DateOnly date, CancellationToken cancellationToken)
    {
        var meeting = Check(await scheduling.CreateAsync(new NewMeeting(cellId, date, Start, MeetingKind.Regular, null,
            "Đánh giá kết quả tháng\nNhiệm vụ tháng tới\nThu đảng phí", "Phòng giao ban khoa", IsSynthetic: true), cancellationToken));
        meeting = Check(await documents.PostAsync(meeting.Id, meeting.Version, $"Dự thảo nghị quyết chi bộ tháng {date.Month}/{date.Year}",
            "Dự thảo nghị quyết lãnh đạo thực hiện nhiệm vụ tháng tới; đề nghị đảng viên nghiên cứu, chuẩn bị ý kiến.", cancellationToken: cancellationToken));
        Check(await documents.PostAsync(meeting.Id, meeting.Version, "Thông báo 509-TB/TU ngày 22/5/2008 của Ban Thường vụ Tỉnh uỷ",
            "Tài liệu học tập: kết luận của Ban Thường vụ Tỉnh uỷ tại buổi làm việc với Đảng uỷ khối cơ quan Dân Chính Đảng.", cancellationToken: cancellationToken));
    }

    private static AttendanceEntry Mark(MeetingInvitation invitation, double present, Random random)
    {
        if (invitation.Expectation != AttendanceExpectation.Expected)
        {
            return new(invitation.MemberId, AttendanceMark.NotTaken, null, false);
        }

        if (random.NextDouble() < present)
        {
            return new(invitation.MemberId, AttendanceMark.Present, null, true);
        }

        return random.NextDouble() < 0.8
            ? new(invitation.MemberId, AttendanceMark.ExcusedAbsence, Reasons[random.Next(Reasons.Length)], false)
            : new(invitation.MemberId, AttendanceMark.UnexcusedAbsence, null, false);
    }

    /// <summary>The cell's meeting day of <paramref name="month"/>'s month: the 5th, or the next working day.</summary>
    private DateOnly Day(DateOnly month)
    {
        var date = new DateOnly(month.Year, month.Month, 5);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static CellMeeting Check(MeetingOutcome outcome) =>
        outcome.Meeting ?? throw new InvalidOperationException($"Demo meeting refused: {string.Join("; ", outcome.Refusals)}");
}
