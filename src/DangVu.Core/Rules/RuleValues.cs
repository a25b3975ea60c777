namespace DangVu.Core.Rules;

/// <summary>What the age rule says of a candidate on the day the cell considers the admission.</summary>
public enum AdmissionAgeCheck
{
    /// <summary>Younger than the minimum (counted in months): the admission is refused.</summary>
    TooYoung,

    /// <summary>Within the range.</summary>
    Eligible,

    /// <summary>Older than the maximum: the cell may consider only with the approval the rule names.</summary>
    NeedsApproval,
}

/// <summary>
/// The age range for admission, in whole months of age on the day the cell considers it (18 years = 216 months,
/// 60 years = 720 months).
/// </summary>
/// <param name="MinimumMonths">The youngest age, in months (216).</param>
/// <param name="MaximumMonths">The oldest age without further approval, in months (720).</param>
/// <param name="OlderNeedsApprovalOf">Who must approve an older candidate (Vietnamese).</param>
public sealed record AdmissionAgeRule(int MinimumMonths, int MaximumMonths, string OlderNeedsApprovalOf)
{
    /// <summary>
    /// Whole months of age on <paramref name="on"/>: the largest n with birth + n months ≤ that day. A month is
    /// complete on the same day of the month, or on the month's last day when it has no such day (born 31/01,
    /// one month old on 28/02 or 29/02), as the Civil Code counts periods in months.
    /// </summary>
    public static int AgeInMonths(DateOnly birth, DateOnly on)
    {
        if (on < birth)
        {
            return 0;
        }

        var months = ((on.Year - birth.Year) * 12) + on.Month - birth.Month;
        return birth.AddMonths(months) > on ? months - 1 : months;
    }

    /// <summary>How the candidate born on <paramref name="birth"/> stands on <paramref name="considered"/>, the cell's date.</summary>
    public AdmissionAgeCheck Check(DateOnly birth, DateOnly considered)
    {
        var months = AgeInMonths(birth, considered);
        return months < MinimumMonths ? AdmissionAgeCheck.TooYoung
            : months > MaximumMonths ? AdmissionAgeCheck.NeedsApproval
            : AdmissionAgeCheck.Eligible;
    }

    internal string? Problem() =>
        MinimumMonths <= 0 || MaximumMonths <= MinimumMonths ? "the age range is empty" :
        string.IsNullOrWhiteSpace(OlderNeedsApprovalOf) ? "who approves older candidates is missing" : null;
}

/// <summary>What an introducer must be.</summary>
/// <param name="MustBeOfficial">Only official (not probationary) members may introduce.</param>
/// <param name="MinimumMonthsWorkedTogether">How long the introducer must have worked with the candidate, in months.</param>
public sealed record IntroducerRule(bool MustBeOfficial, int MinimumMonthsWorkedTogether)
{
    internal string? Problem() => MinimumMonthsWorkedTogether < 0 ? "months worked together is negative" : null;
}

/// <summary>How long a cell meeting lasts at least.</summary>
/// <param name="RegularMinutes">A regular meeting.</param>
/// <param name="WithThematicMinutes">A meeting that also holds a thematic session.</param>
public sealed record MeetingDuration(int RegularMinutes, int WithThematicMinutes)
{
    internal string? Problem() =>
        RegularMinutes <= 0 || WithThematicMinutes < RegularMinutes ? "meeting minutes are not positive and increasing" : null;
}

/// <summary>Who must attend a cell meeting, and how many of them must be there.</summary>
/// <param name="MinimumShare">The share of the members who must attend that must be present; null where no rule sets one.</param>
/// <param name="ExemptedMustAttend">Whether members exempted from party activity (miễn sinh hoạt) must attend.</param>
/// <param name="TemporarilyAwayMustAttend">Whether members temporarily active elsewhere must attend their home cell's meeting.</param>
public sealed record MeetingAttendanceRule(Fraction? MinimumShare, bool ExemptedMustAttend, bool TemporarilyAwayMustAttend)
{
    internal string? Problem() => MinimumShare?.Problem();
}

/// <summary>The levels a cell rates each of its meetings at, best first; the last is the weakest.</summary>
/// <param name="Levels">The Vietnamese names of the levels ("Tốt", "Khá", "Trung bình", "Kém").</param>
public sealed record MeetingQualityRule(IReadOnlyList<string> Levels)
{
    /// <summary>The index of the weakest level.</summary>
    public int Weakest => Levels.Count - 1;

    /// <summary>The name of the level at <paramref name="index"/>, or null when there is none.</summary>
    public string? Name(int index) => index >= 0 && index < Levels.Count ? Levels[index] : null;

    internal string? Problem() =>
        Levels.Count < 2 || Levels.Any(string.IsNullOrWhiteSpace) || Levels.Distinct().Count() != Levels.Count
            ? "meeting quality needs at least two distinct, named levels" : null;
}

/// <summary>The four rating levels (glossary: Excellent, Good, Completed, NotCompleted).</summary>
public enum RatingLevel
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent,

    /// <summary>Hoàn thành tốt nhiệm vụ.</summary>
    Good,

    /// <summary>Hoàn thành nhiệm vụ.</summary>
    Completed,

    /// <summary>Không hoàn thành nhiệm vụ.</summary>
    NotCompleted,
}

/// <summary>The Vietnamese names of the four rating levels in one era.</summary>
public sealed record RatingLevelNames(string Excellent, string Good, string Completed, string NotCompleted)
{
    /// <summary>The name of <paramref name="level"/> in this era.</summary>
    public string Name(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => Excellent,
        RatingLevel.Good => Good,
        RatingLevel.Completed => Completed,
        _ => NotCompleted,
    };

    internal string? Problem() =>
        new[] { Excellent, Good, Completed, NotCompleted }.Any(string.IsNullOrWhiteSpace) ? "a rating level has no name" : null;
}

/// <summary>
/// The points scale of a rating (from 366-QĐ/TW): the lowest score of each level, and what "excellent" needs besides
/// its score.
/// </summary>
/// <param name="Excellent">Lowest score for Excellent (90).</param>
/// <param name="Good">Lowest score for Good (70).</param>
/// <param name="Completed">Lowest score for Completed (50); below it, NotCompleted.</param>
/// <param name="ExcellentTasksDonePercent">Share of tasks done that Excellent needs (100).</param>
/// <param name="ExcellentTasksExceededPercent">Share of tasks exceeded that Excellent needs (30).</param>
public sealed record RatingPoints(int Excellent, int Good, int Completed, int ExcellentTasksDonePercent, int ExcellentTasksExceededPercent)
{
    /// <summary>The level a score reaches. A score of Excellent without the task conditions is Good.</summary>
    public RatingLevel Level(decimal points, bool excellentTaskConditionsMet = true) =>
        points >= Excellent && excellentTaskConditionsMet ? RatingLevel.Excellent
        : points >= Good ? RatingLevel.Good
        : points >= Completed ? RatingLevel.Completed
        : RatingLevel.NotCompleted;

    internal string? Problem() =>
        !(Excellent > Good && Good > Completed && Completed > 0) ? "rating points are not decreasing from Excellent to Completed" :
        ExcellentTasksDonePercent is < 0 or > 100 || ExcellentTasksExceededPercent is < 0 or > 100 ? "a task percentage is outside 0–100" : null;
}

/// <summary>Deadlines of a permanent transfer of party activity, in working days.</summary>
/// <param name="StartWithinWorkingDays">The member starts the transfer within this many working days of the move.</param>
/// <param name="PresentReferralWithinWorkingDays">The member presents the referral to the new organization within this many working days.</param>
public sealed record PermanentTransferRule(int StartWithinWorkingDays, int PresentReferralWithinWorkingDays)
{
    internal string? Problem() => StartWithinWorkingDays <= 0 || PresentReferralWithinWorkingDays <= 0 ? "a transfer deadline is not positive" : null;
}

/// <summary>When a temporary transfer applies.</summary>
/// <param name="MinimumAbsenceMonths">Shortest absence (3 months).</param>
/// <param name="AbsenceUnderMonths">An absence must be shorter than this (12 months).</param>
/// <param name="MaximumStudyMonths">Longest study leave that is still temporary (24 months).</param>
/// <param name="CountedByHost">Whether the host organization counts the member in its total (no).</param>
public sealed record TemporaryTransferRule(int MinimumAbsenceMonths, int AbsenceUnderMonths, int MaximumStudyMonths, bool CountedByHost)
{
    internal string? Problem() =>
        MinimumAbsenceMonths <= 0 || AbsenceUnderMonths <= MinimumAbsenceMonths || MaximumStudyMonths < MinimumAbsenceMonths
            ? "temporary transfer months are not increasing" : null;
}

/// <summary>Forms of party discipline (glossary).</summary>
public enum DisciplineForm
{
    /// <summary>Khiển trách.</summary>
    Reprimand,

    /// <summary>Cảnh cáo.</summary>
    Warning,

    /// <summary>Cách chức.</summary>
    RemovalFromPost,

    /// <summary>Khai trừ.</summary>
    Expulsion,

    /// <summary>Giải tán (an organization).</summary>
    Dissolution,
}

/// <summary>Which discipline forms apply to whom.</summary>
/// <param name="Member">To an official member.</param>
/// <param name="Probationary">To a probationary member.</param>
/// <param name="Organization">To a party organization.</param>
public sealed record DisciplineForms(IReadOnlyList<DisciplineForm> Member, IReadOnlyList<DisciplineForm> Probationary, IReadOnlyList<DisciplineForm> Organization)
{
    internal string? Problem() => Member.Count == 0 || Probationary.Count == 0 || Organization.Count == 0 ? "a list of discipline forms is empty" : null;
}

/// <summary>How a grassroots organization handles a denunciation.</summary>
/// <param name="WorkingDays">Time to settle it, in working days (90).</param>
/// <param name="ExtensionWorkingDays">Longest extension, in working days (30).</param>
/// <param name="AnonymousLettersHandled">Whether anonymous letters are handled (no).</param>
public sealed record DenunciationRule(int WorkingDays, int ExtensionWorkingDays, bool AnonymousLettersHandled)
{
    internal string? Problem() => WorkingDays <= 0 || ExtensionWorkingDays < 0 ? "denunciation deadlines are not positive" : null;
}

/// <summary>
/// How long the certificates of the classes other than the awareness class (which has its own topic) stay valid, in
/// months from issue; null where the certificate has no term.
/// </summary>
/// <param name="NewMemberTheory">Lớp bồi dưỡng lý luận chính trị cho đảng viên mới.</param>
/// <param name="ResolutionStudy">Học tập, quán triệt nghị quyết.</param>
/// <param name="ReporterRefresher">Bồi dưỡng báo cáo viên.</param>
public sealed record TrainingCertificateMonths(int? NewMemberTheory, int? ResolutionStudy, int? ReporterRefresher)
{
    internal string? Problem() =>
        new[] { NewMemberTheory, ResolutionStudy, ReporterRefresher }.Any(months => months is <= 0) ? "a certificate term is not positive" : null;
}
