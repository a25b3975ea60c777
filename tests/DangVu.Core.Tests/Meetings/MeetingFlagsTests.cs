using DangVu.Core.Meetings;
using DangVu.Core.Rules;

namespace DangVu.Core.Tests.Meetings;

public sealed class MeetingFlagsTests
{
    private static readonly RuleBook Book = RuleBook.Default;
    private static readonly CellLife Founded2005 = new(new(2005, 12, 1), null);

    [Fact]
    public void For_AQuarterWithRegularMeetingsButNoThematicOne_IsFlagged_TheQuarterWithOneIsNot()
    {
        // 2026: a regular meeting every month of the first half; the thematic session only in June (with that month's meeting).
        var meetings = Enumerable.Range(1, 6)
            .Select(month => Held(new(2026, month, 5), month == 6 ? MeetingKind.Combined : MeetingKind.Regular))
            .ToList();

        var flags = MeetingFlags.For(Founded2005, meetings, new(2026, 1, 1), new(2026, 6, 30), new(2026, 7, 15), Book);

        var thematic = Assert.Single(flags, f => f.Kind == MeetingFlagKind.NoThematicMeeting);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (thematic.From, thematic.To));
        Assert.StartsWith("Quý I/2026: chi bộ không sinh hoạt chuyên đề.", thematic.Message, StringComparison.Ordinal);
        Assert.Contains("Chỉ thị 50-CT/TW ngày 23/07/2025", thematic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(flags, f => f.Kind == MeetingFlagKind.SkippedMonth);
    }

    [Fact]
    public void For_AMonthWithoutARegularMeeting_IsFlagged_ButNotTheMonthStillRunning_NorMonthsBeforeTheCellExisted()
    {
        var life = new CellLife(new(2026, 2, 10), null);
        var meetings = new[] { Held(new(2026, 3, 5)), Held(new(2026, 5, 6)) };

        var flags = MeetingFlags.For(life, meetings, new(2026, 1, 1), new(2026, 12, 31), new(2026, 6, 20), Book);

        var skipped = flags.Where(f => f.Kind == MeetingFlagKind.SkippedMonth).Select(f => f.From.Month).ToList();
        Assert.Equal([4], skipped);
        Assert.Equal("Tháng 04/2026: chi bộ không sinh hoạt thường kỳ. Quy định: sinh hoạt chi bộ thường kỳ — Chỉ thị 50-CT/TW ngày 23/07/2025.",
            flags.Single(f => f.Kind == MeetingFlagKind.SkippedMonth).Message);
    }

    [Fact]
    public void For_APlannedOrCancelledMeeting_DoesNotCoverTheMonth()
    {
        var meetings = new[]
        {
            Held(new(2026, 1, 5)) with { Status = MeetingStatus.Cancelled },
            Held(new(2026, 2, 5)) with { Status = MeetingStatus.Planned },
        };

        var flags = MeetingFlags.For(Founded2005, meetings, new(2026, 1, 1), new(2026, 2, 28), new(2026, 3, 1), Book);

        Assert.Equal(2, flags.Count(f => f.Kind == MeetingFlagKind.SkippedMonth));
    }

    [Fact]
    public void ForMeeting_DocumentsPostedAfterTheLeadTime_AreFlaggedLate_OnTheLastDayTheyAreNot()
    {
        var rules = Book.On(new(2026, 3, 5));
        var onTime = Held(new(2026, 3, 5)) with { Documents = [new("Dự thảo nghị quyết tháng 3", new(2026, 3, 4))] };
        var late = Held(new(2026, 3, 5)) with { Documents = [new("Dự thảo nghị quyết tháng 3", new(2026, 3, 4)), new("Báo cáo chuyên đề", new(2026, 3, 5))] };

        Assert.Empty(MeetingFlags.ForMeeting(onTime, rules, new(2026, 4, 1)));
        var flag = Assert.Single(MeetingFlags.ForMeeting(late, rules, new(2026, 4, 1)));
        Assert.Equal(MeetingFlagKind.LateDocuments, flag.Kind);
        Assert.Equal(
            "Buổi sinh hoạt ngày 05/03/2026: tài liệu đăng muộn (“Báo cáo chuyên đề” đăng ngày 05/03/2026); hạn đăng là ngày 04/03/2026. "
            + "Quy định: gửi tài liệu sinh hoạt chi bộ — Hướng dẫn 42-HD/BTCTW ngày 28/10/2025.",
            flag.Message);
    }

    [Fact]
    public void ForMeeting_AttendanceCountsOnlyMembersWhoHadToAttend_AnExemptedMemberAwayIsNotAbsent()
    {
        // Nine invited: three exempted from activity stay away; four of the six who had to attend come: exactly 2/3.
        var invitations = Enumerable.Repeat((AttendanceExpectation.Optional, AttendanceMark.NotTaken), 3)
            .Concat(Enumerable.Repeat((AttendanceExpectation.Expected, AttendanceMark.Present), 4))
            .Concat([(AttendanceExpectation.Expected, AttendanceMark.ExcusedAbsence), (AttendanceExpectation.Expected, AttendanceMark.UnexcusedAbsence)]);
        var tally = AttendanceTally.Of(invitations);
        var meeting = Held(new(2026, 3, 5)) with { Expected = tally.Expected, PresentOfExpected = tally.PresentOfExpected };
        var fewer = meeting with { PresentOfExpected = 3 };
        var rules = Book.On(meeting.Date);

        Assert.Equal(new AttendanceTally(6, 4, 1, 1, 0), tally);
        Assert.Empty(MeetingFlags.ForMeeting(meeting, rules, new(2026, 4, 1)));
        var flag = Assert.Single(MeetingFlags.ForMeeting(fewer, rules, new(2026, 4, 1)));
        Assert.Equal(MeetingFlagKind.LowAttendance, flag.Kind);
        Assert.Contains("có mặt 3/6 đảng viên phải dự (50,0%), dưới 2/3", flag.Message, StringComparison.Ordinal);
        Assert.Contains("(chưa xác nhận)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForMeeting_A60MinuteMeetingOf2008_IsNotShort_OneOf2026_IsAndACombinedOneNeeds120()
    {
        var then = Held(new(2008, 5, 22)) with { DurationMinutes = 60 };
        var now = Held(new(2026, 5, 22)) with { DurationMinutes = 60 };
        var combined = Held(new(2026, 6, 5), MeetingKind.Combined) with { DurationMinutes = 100 };

        Assert.Empty(MeetingFlags.ForMeeting(then, Book.On(then.Date), new(2026, 11, 1)));
        Assert.Contains("60 phút, dưới 90 phút", Assert.Single(MeetingFlags.ForMeeting(now, Book.On(now.Date), new(2026, 11, 1))).Message, StringComparison.Ordinal);
        Assert.Contains("100 phút, dưới 120 phút", Assert.Single(MeetingFlags.ForMeeting(combined, Book.On(combined.Date), new(2026, 11, 1))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForMeeting_RatedAtTheWeakestLevel_IsFlaggedWhereTheRulesAskForARating()
    {
        var now = Held(new(2026, 5, 22)) with { QualityLevel = 3 };
        var good = now with { QualityLevel = 0 };

        var flag = Assert.Single(MeetingFlags.ForMeeting(now, Book.On(now.Date), new(2026, 11, 1)));
        Assert.Equal(MeetingFlagKind.WeakQuality, flag.Kind);
        Assert.Contains("mức “Kém”", flag.Message, StringComparison.Ordinal);
        Assert.Empty(MeetingFlags.ForMeeting(good, Book.On(good.Date), new(2026, 11, 1)));
    }

    [Fact]
    public void For_2008Quarter_IsJudgedByChiThi10_AndSaysItsValueIsUnconfirmed()
    {
        var meetings = Enumerable.Range(4, 3).Select(month => Held(new(2008, month, 10))).ToList();

        var flags = MeetingFlags.For(Founded2005, meetings, new(2008, 4, 1), new(2008, 6, 30), new(2008, 7, 15), Book);

        var flag = Assert.Single(flags);
        Assert.Equal(MeetingFlagKind.NoThematicMeeting, flag.Kind);
        Assert.Equal("chi-thi-10-2007", flag.RuleSetId);
        Assert.EndsWith("Chỉ thị 10-CT/TW ngày 30/03/2007 (chưa xác nhận).", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeakCellCriteria_TwoSkippedMonthsOrAMissedQuarter_MakeACellWeak_OneLateDocumentDoesNot()
    {
        var skipped = new MeetingFlag(MeetingFlagKind.SkippedMonth, new(2026, 1, 1), new(2026, 1, 31), null, "x", "r");
        var late = new MeetingFlag(MeetingFlagKind.LateDocuments, new(2026, 1, 5), new(2026, 1, 5), Guid.Empty, "x", "r");
        var quarter = new MeetingFlag(MeetingFlagKind.NoThematicMeeting, new(2026, 1, 1), new(2026, 3, 31), null, "x", "r");

        Assert.Empty(WeakCellCriteria.Default.Reasons([skipped, late]));
        Assert.Equal(["Không sinh hoạt thường kỳ 2 lần trong kỳ"], WeakCellCriteria.Default.Reasons([skipped, skipped with { From = new(2026, 2, 1) }]));
        Assert.Equal(["Không sinh hoạt chuyên đề 1 quý"], WeakCellCriteria.Default.Reasons([quarter, late]));
    }

    private static MeetingFacts Held(DateOnly date, MeetingKind kind = MeetingKind.Regular) =>
        new(Guid.NewGuid(), date, kind, MeetingStatus.Held, 10, 10, 120, 0, []);
}
