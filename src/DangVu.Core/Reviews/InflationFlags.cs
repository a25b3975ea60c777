using System.Globalization;
using DangVu.Core.Rules;

namespace DangVu.Core.Reviews;

/// <summary>One member's rating as the flags read it: the level now (decided, else proposed), points, last year's level, the evidence.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Name">Full name, for the messages.</param>
/// <param name="Level">The level decided, else proposed; null while neither is.</param>
/// <param name="Points">Points (decided, proposed or self-assessed).</param>
/// <param name="PreviousLevel">The level decided in the previous period of the same kind.</param>
/// <param name="Evidence">What an "excellent" rests on.</param>
public sealed record RatedMember(Guid MemberId, string Name, RatingLevel? Level, decimal? Points, RatingLevel? PreviousLevel, ExcellentEvidence Evidence);

/// <summary>
/// The inflation flags of one organization's results. Thresholds here are DangVu's choice of what deserves a second
/// look, not rules of the Party: advice beside the decision.
/// </summary>
public static class InflationFlags
{
    /// <summary>"Nearly all": this share of rated members or more (90%).</summary>
    public const int NearlyAllPercent = 90;

    /// <summary>Identical points are flagged from this many members with points.</summary>
    public const int IdenticalPointsMinimum = 3;

    /// <summary>The flags of <paramref name="members"/> of one organization, judged by <paramref name="rules"/>.</summary>
    public static IReadOnlyList<InflationFlag> For(IReadOnlyCollection<RatedMember> members, OrganizationConduct conduct, RuleSet rules)
    {
        var flags = new List<InflationFlag>();
        var rated = members.Where(m => m.Level is not null).ToList();
        var good = rated.Count(m => RatingScale.IsGoodOrBetter(m.Level!.Value));
        if (rated.Count > 0 && good * 100 >= NearlyAllPercent * rated.Count)
        {
            var share = $"{good}/{rated.Count} đảng viên ({Percent(good, rated.Count)}) được xếp loại từ “{RatingScale.Name(rules, RatingLevel.Good)}” trở lên";
            if (conduct.IsPoor)
            {
                flags.Add(new(InflationFlagKind.GoodWhileConductPoor,
                    $"{share} trong khi {Conduct(conduct)}. Kết quả xếp loại có thể cao hơn thực chất; đề nghị cấp uỷ xem xét lại căn cứ."));
            }
            else if (conduct.IsUnknown || conduct.OverdueTasks is null || conduct.SkippedMeetingMonths is null)
            {
                flags.Add(new(InflationFlagKind.GoodWhileConductPoor,
                    $"{share}; chưa có dữ liệu về {Unknown(conduct)} để đối chiếu.", NoData: true));
            }
        }

        foreach (var member in rated.Where(m => m.PreviousLevel is { } before && RatingScale.StepsUp(before, m.Level!.Value) >= 2))
        {
            flags.Add(new(InflationFlagKind.TwoLevelJump,
                $"{member.Name}: từ “{RatingScale.Name(rules, member.PreviousLevel!.Value)}” kỳ trước lên “{RatingScale.Name(rules, member.Level!.Value)}”, tăng hai mức trở lên trong một năm; cần căn cứ cụ thể.",
                MemberId: member.MemberId));
        }

        var scored = members.Where(m => m.Points is not null).ToList();
        if (scored.Count >= IdenticalPointsMinimum && scored.Select(m => m.Points!.Value).Distinct().Count() == 1)
        {
            flags.Add(new(InflationFlagKind.IdenticalPoints,
                $"Cả {scored.Count} đảng viên có điểm đều được {scored[0].Points!.Value.ToString("0.#", CultureInfo.InvariantCulture)} điểm: việc chấm điểm có thể chưa đánh giá từng người."));
        }

        foreach (var member in rated.Where(m => m.Level == RatingLevel.Excellent))
        {
            var missing = member.Evidence.Missing(rules);
            if (missing.Count > 0)
            {
                flags.Add(new(InflationFlagKind.ExcellentWithoutEvidence,
                    $"{member.Name} được đề xuất hoặc xếp loại “{RatingScale.Name(rules, RatingLevel.Excellent)}” nhưng thiếu căn cứ: {string.Join(" ", missing)}",
                    MemberId: member.MemberId));
            }
        }

        return flags;
    }

    private static string Conduct(OrganizationConduct conduct)
    {
        var parts = new List<string>();
        if (conduct.OverdueTasks > 0)
        {
            parts.Add($"tổ chức còn {conduct.OverdueTasks} nhiệm vụ quá hạn");
        }

        if (conduct.SkippedMeetingMonths > 0)
        {
            parts.Add($"chi bộ bỏ sinh hoạt {conduct.SkippedMeetingMonths} tháng");
        }

        return string.Join(" và ", parts);
    }

    private static string Unknown(OrganizationConduct conduct) =>
        (conduct.OverdueTasks, conduct.SkippedMeetingMonths) switch
        {
            (null, null) => "nhiệm vụ quá hạn và sinh hoạt chi bộ",
            (null, _) => "nhiệm vụ quá hạn",
            _ => "sinh hoạt chi bộ",
        };

    private static string Percent(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100m * part / whole, 0)}%");
}
