namespace DangVu.Core.Meetings;

/// <summary>
/// When a cell's meetings put it on the weak-cell list ("chi bộ yếu kém" in its meetings) for a period: how many flags of
/// each kind it takes. A product choice for the office's attention list, not a rule of the Party (whose rating of an
/// organization weighs far more than meetings), so it lives here and not in the rule data.
/// </summary>
/// <param name="SkippedMonths">Months without a regular meeting.</param>
/// <param name="MissedThematicQuarters">Quarters without a thematic meeting.</param>
/// <param name="LowAttendanceMeetings">Meetings under the attendance share.</param>
/// <param name="WeakQualityMeetings">Meetings the cell rated at the weakest level.</param>
public sealed record WeakCellCriteria(int SkippedMonths, int MissedThematicQuarters, int LowAttendanceMeetings, int WeakQualityMeetings)
{
    /// <summary>Two skipped months, one missed quarter, two under-attended meetings, or one rated weakest.</summary>
    public static WeakCellCriteria Default { get; } = new(2, 1, 2, 1);

    /// <summary>
    /// Why a cell with these flags is weak, one Vietnamese reason per criterion it meets; empty when it is not. Short
    /// meetings and late documents alone do not make a cell weak: they are listed among its flags.
    /// </summary>
    public IReadOnlyList<string> Reasons(IReadOnlyCollection<MeetingFlag> flags)
    {
        var reasons = new List<string>();
        Add(MeetingFlagKind.SkippedMonth, SkippedMonths, count => $"Không sinh hoạt thường kỳ {count} lần trong kỳ");
        Add(MeetingFlagKind.NoThematicMeeting, MissedThematicQuarters, count => $"Không sinh hoạt chuyên đề {count} quý");
        Add(MeetingFlagKind.LowAttendance, LowAttendanceMeetings, count => $"{count} buổi sinh hoạt có tỷ lệ đảng viên dự dưới quy định");
        Add(MeetingFlagKind.WeakQuality, WeakQualityMeetings, count => $"{count} buổi sinh hoạt tự đánh giá ở mức thấp nhất");
        return reasons;

        void Add(MeetingFlagKind kind, int threshold, Func<int, string> reason)
        {
            var count = flags.Count(flag => flag.Kind == kind);
            if (threshold > 0 && count >= threshold)
            {
                reasons.Add(reason(count));
            }
        }
    }
}
