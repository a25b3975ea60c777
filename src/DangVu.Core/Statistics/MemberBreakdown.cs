using DangVu.Core.Members;

namespace DangVu.Core.Statistics;

/// <summary>What member statistics are broken down by.</summary>
public enum MemberDimension
{
    /// <summary>Status today, over every member file (on the rolls or not).</summary>
    Status = 1,

    /// <summary>Gender of the members on the rolls.</summary>
    Gender = 2,

    /// <summary>Birth year of the members on the rolls; age bands are drawn from it for a given date.</summary>
    BirthYear = 3,

    /// <summary>Ethnicity (dân tộc) of the members on the rolls.</summary>
    Ethnicity = 4,

    /// <summary>General education (trình độ giáo dục phổ thông) of the members on the rolls.</summary>
    Education = 5,

    /// <summary>Sector (ngành, lĩnh vực) of the members on the rolls.</summary>
    Sector = 6,
}

/// <summary>An age band of party statistics: ages from <see cref="From"/> to <see cref="To"/> inclusive (open-ended when null).</summary>
/// <param name="From">The lowest age in the band, or null for "and under".</param>
/// <param name="To">The highest age in the band, or null for "and over".</param>
/// <param name="Label">The Vietnamese label of the band.</param>
public sealed record AgeBand(int? From, int? To, string Label)
{
    /// <summary>Whether a member of this age falls in the band.</summary>
    public bool Contains(int age) => (From is null || age >= From) && (To is null || age <= To);
}

/// <summary>
/// The rules member statistics follow: who is on the rolls, which age bands are reported and how an age is
/// reckoned from a birth year.
/// </summary>
public static class MemberBreakdown
{
    /// <summary>The dimensions counted only over members on the rolls.</summary>
    public static readonly IReadOnlyList<MemberDimension> RollDimensions =
        [MemberDimension.Gender, MemberDimension.BirthYear, MemberDimension.Ethnicity, MemberDimension.Education, MemberDimension.Sector];

    /// <summary>The age bands of the statistics reports: 30 and under, 31–40, 41–50, 51–60, over 60.</summary>
    public static readonly IReadOnlyList<AgeBand> AgeBands =
    [
        new(null, 30, "Từ 30 tuổi trở xuống"),
        new(31, 40, "Từ 31 đến 40 tuổi"),
        new(41, 50, "Từ 41 đến 50 tuổi"),
        new(51, 60, "Từ 51 đến 60 tuổi"),
        new(61, null, "Trên 60 tuổi"),
    ];

    /// <summary>The statuses of members on the rolls (the committee's total membership), as stored in the status column.</summary>
    public static readonly IReadOnlyList<MemberStatus> OnRollsStatuses =
        [MemberStatus.Probationary, MemberStatus.Official, MemberStatus.TemporarilyAway, MemberStatus.Exempted];

    /// <summary>
    /// Whether a member with this status is on the organization's rolls: a probationary or official member, including
    /// one temporarily active elsewhere (still counted by the home organization) and one exempted from activity
    /// (still a member). Not those not yet admitted, transferred out for good, removed, expelled or deceased.
    /// </summary>
    public static bool IsOnRolls(MemberStatus status) => OnRollsStatuses.Contains(status);

    /// <summary>
    /// The age in statistics: the year of <paramref name="asOf"/> minus the birth year (tuổi đời tính theo năm), so an
    /// age band needs only the birth year and a whole year's births fall in one band.
    /// </summary>
    public static int AgeIn(int birthYear, DateOnly asOf) => asOf.Year - birthYear;

    /// <summary>The band an age falls in.</summary>
    public static AgeBand BandOf(int age) => AgeBands.First(band => band.Contains(age));
}
