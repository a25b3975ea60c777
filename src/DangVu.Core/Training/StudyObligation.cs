using DangVu.Core.Members;
using DangVu.Core.Rules;

namespace DangVu.Core.Training;

/// <summary>Where a member stands towards a study of a resolution.</summary>
public enum StudyStanding
{
    /// <summary>Not on the rolls for the whole study (admitted during it, or gone before it ended): not counted.</summary>
    NotOnRolls,

    /// <summary>On the rolls but exempt by the rules of the study's first day (exempted from activity, temporarily away).</summary>
    Exempt,

    /// <summary>Must study it.</summary>
    MustStudy,
}

/// <summary>
/// Who must study a resolution: a member on the rolls of the organization from the study's first day to its last, less
/// those the rule set of the first day exempts (<see cref="RuleSet.StudyExemptStatuses"/>). Someone admitted during the
/// study learns it in the new-member class; someone transferred out, removed or deceased before the end is not counted.
/// A member has studied it when any class on that resolution records them as <see cref="TrainingResult.Passed"/>.
/// </summary>
public static class StudyObligation
{
    /// <summary>The standing of a member whose status was <paramref name="onFirstDay"/> and <paramref name="onLastDay"/>.</summary>
    public static StudyStanding Of(MemberStatus onFirstDay, MemberStatus onLastDay, RuleSet rulesOfFirstDay)
    {
        if (!IsOnRolls(onFirstDay) || !IsOnRolls(onLastDay))
        {
            return StudyStanding.NotOnRolls;
        }

        return rulesOfFirstDay.StudyExemptStatuses.Value.Contains(onFirstDay) ? StudyStanding.Exempt : StudyStanding.MustStudy;
    }

    /// <summary>True when <paramref name="results"/> (of every class on the resolution the member was enrolled in) include a pass.</summary>
    public static bool HasStudied(IEnumerable<TrainingResult> results) => results.Contains(TrainingResult.Passed);

    /// <summary>On the rolls: probationary, official, temporarily active elsewhere or exempted from activity.</summary>
    public static bool IsOnRolls(MemberStatus status) =>
        status is MemberStatus.Probationary or MemberStatus.Official or MemberStatus.TemporarilyAway or MemberStatus.Exempted;
}
