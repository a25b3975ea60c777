namespace DangVu.Core.Meetings;

/// <summary>
/// The attendance of one meeting counted as the rules count it: only members who had to attend are expected, so a member
/// exempted from activity who stays away is never absent, and one who comes is counted apart.
/// </summary>
/// <param name="Expected">Members who had to attend.</param>
/// <param name="PresentOfExpected">Of them, present.</param>
/// <param name="Excused">Of them, absent with a reason.</param>
/// <param name="Unexcused">Of them, absent without a reason (or not marked).</param>
/// <param name="OptionalPresent">Members not obliged to attend who came.</param>
public sealed record AttendanceTally(int Expected, int PresentOfExpected, int Excused, int Unexcused, int OptionalPresent)
{
    /// <summary>Counts the invitations of one meeting, each with whether it had to attend and how it was marked.</summary>
    public static AttendanceTally Of(IEnumerable<(AttendanceExpectation Expectation, AttendanceMark Mark)> invitations)
    {
        int expected = 0, present = 0, excused = 0, unexcused = 0, optional = 0;
        foreach (var (expectation, mark) in invitations)
        {
            if (expectation != AttendanceExpectation.Expected)
            {
                optional += mark == AttendanceMark.Present ? 1 : 0;
                continue;
            }

            expected++;
            switch (mark)
            {
                case AttendanceMark.Present:
                    present++;
                    break;
                case AttendanceMark.ExcusedAbsence:
                    excused++;
                    break;
                default:
                    unexcused++;
                    break;
            }
        }

        return new(expected, present, excused, unexcused, optional);
    }
}
