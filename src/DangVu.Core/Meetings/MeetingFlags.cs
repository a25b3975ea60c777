using System.Globalization;
using DangVu.Core.Rules;
using DangVu.Core.Text;

namespace DangVu.Core.Meetings;

/// <summary>
/// The warnings a cell's meetings raise over a period, each judged by the rule set of its own date: months without a
/// regular meeting and quarters without a thematic one (only windows that have ended, that end within the period and
/// that the cell lived through whole), and for each meeting of the period too few present, too short, documents posted
/// late, or a self-rating at the weakest level. Pure: the caller gives every meeting of the windows concerned.
/// </summary>
public static class MeetingFlags
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Every flag of one cell from <paramref name="from"/> to <paramref name="to"/>, as it stands on <paramref name="today"/>.</summary>
    public static IReadOnlyList<MeetingFlag> For(
        CellLife life, IReadOnlyCollection<MeetingFacts> meetings, DateOnly from, DateOnly to, DateOnly today, RuleBook book)
    {
        var flags = new List<MeetingFlag>();
        var held = meetings.Where(m => m.Status == MeetingStatus.Held).ToList();
        foreach (var window in Ended(MeetingWindow.Between(from, to, book, rules => rules.RegularMeetingMonths.Value), from, to, today, life))
        {
            if (!held.Any(m => MeetingKinds.CountsAsRegular(m.Kind) && m.Date >= window.From && m.Date <= window.To))
            {
                flags.Add(new(MeetingFlagKind.SkippedMonth, window.From, window.To, null,
                    $"{Capitalized(window.Label)}: chi bộ không sinh hoạt thường kỳ. {MeetingCitation.Cite(RuleTopics.RegularMeetingMonths, window.Rules.RegularMeetingMonths)}",
                    window.Rules.Id));
            }
        }

        foreach (var window in Ended(MeetingWindow.Between(from, to, book, rules => rules.ThematicMeetingMonths.Value), from, to, today, life))
        {
            if (!held.Any(m => MeetingKinds.CountsAsThematic(m.Kind) && m.Date >= window.From && m.Date <= window.To))
            {
                flags.Add(new(MeetingFlagKind.NoThematicMeeting, window.From, window.To, null,
                    $"{Capitalized(window.Label)}: chi bộ không sinh hoạt chuyên đề. {MeetingCitation.Cite(RuleTopics.ThematicMeetingMonths, window.Rules.ThematicMeetingMonths)}",
                    window.Rules.Id));
            }
        }

        foreach (var meeting in meetings.Where(m => m.Date >= from && m.Date <= to && m.Status != MeetingStatus.Cancelled).OrderBy(m => m.Date))
        {
            if (book.TryOn(meeting.Date, out var rules))
            {
                flags.AddRange(ForMeeting(meeting, rules, today));
            }
        }

        return flags;
    }

    /// <summary>The flags of one meeting under the rules of its date: late documents (once due), and once held attendance, duration and self-rating.</summary>
    public static IEnumerable<MeetingFlag> ForMeeting(MeetingFacts meeting, RuleSet rules, DateOnly today)
    {
        var day = $"Buổi sinh hoạt ngày {VietnameseDates.Numeric(meeting.Date)}";
        var due = LatestPostingDay(meeting.Date, rules);
        var late = meeting.Documents.Where(d => d.PostedOn > due).ToList();
        if (late.Count > 0)
        {
            var titles = string.Join("; ", late.Select(d => $"“{d.Title}” đăng ngày {VietnameseDates.Numeric(d.PostedOn)}"));
            yield return Flag(MeetingFlagKind.LateDocuments, meeting, rules,
                $"{day}: tài liệu đăng muộn ({titles}); hạn đăng là ngày {VietnameseDates.Numeric(due)}. {MeetingCitation.Cite(RuleTopics.MeetingDocumentLeadDays, rules.MeetingDocumentLeadDays)}");
        }

        if (meeting.Status != MeetingStatus.Held)
        {
            yield break;
        }

        if (rules.MeetingAttendance.Value.MinimumShare is { } share && meeting.Expected > 0 && !share.IsReachedBy(meeting.PresentOfExpected, meeting.Expected))
        {
            yield return Flag(MeetingFlagKind.LowAttendance, meeting, rules,
                $"{day}: có mặt {meeting.PresentOfExpected}/{meeting.Expected} đảng viên phải dự ({Percent(meeting.PresentOfExpected, meeting.Expected)}), dưới {share.ToVietnamese()}. {MeetingCitation.Cite(RuleTopics.MeetingAttendance, rules.MeetingAttendance)}");
        }

        if (MeetingKinds.MinimumMinutes(meeting.Kind, rules.MeetingMinutes.Value) is { } minimum && meeting.DurationMinutes is { } minutes && minutes < minimum)
        {
            yield return Flag(MeetingFlagKind.ShortMeeting, meeting, rules,
                $"{day} ({MeetingKinds.Title(meeting.Kind).ToLowerInvariant()}): {minutes} phút, dưới {minimum} phút. {MeetingCitation.Cite(RuleTopics.MeetingMinutes, rules.MeetingMinutes)}");
        }

        if (rules.MeetingQuality.Value is { } quality && meeting.QualityLevel == quality.Weakest)
        {
            yield return Flag(MeetingFlagKind.WeakQuality, meeting, rules,
                $"{day}: chi bộ tự đánh giá chất lượng ở mức “{quality.Name(quality.Weakest)}”. {MeetingCitation.Cite(RuleTopics.MeetingQuality, rules.MeetingQuality)}");
        }
    }

    /// <summary>The last day documents for a meeting on <paramref name="meetingDate"/> may be posted: the lead days before it.</summary>
    public static DateOnly LatestPostingDay(DateOnly meetingDate, RuleSet rules) => meetingDate.AddDays(-rules.MeetingDocumentLeadDays.Value);

    /// <summary>"66,7%": a share as Vietnamese write it.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", Vietnamese) + "%";

    private static IEnumerable<MeetingWindow> Ended(IEnumerable<MeetingWindow> windows, DateOnly from, DateOnly to, DateOnly today, CellLife life) =>
        windows.Where(w => w.To >= from && w.To <= to && w.To < today && life.CoversWhole(w.From, w.To));

    private static MeetingFlag Flag(MeetingFlagKind kind, MeetingFacts meeting, RuleSet rules, string message) =>
        new(kind, meeting.Date, meeting.Date, meeting.Id, message, rules.Id);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
