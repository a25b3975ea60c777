using System.ComponentModel.DataAnnotations;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Data.Reviews;

namespace DangVu.Web.Features.Review;

public sealed record ReviewPeriodDto(
    Guid Id, string Name, ReviewPeriodKind Kind, int Year, int? Quarter, DateOnly CoversFrom, DateOnly CoversTo, string RuleSetId,
    Guid Organization, DateOnly SelfReviewDue, DateOnly ProposalDue, DateOnly DecisionDue, DateOnly OrganizationSelfReviewDue,
    DateOnly OrganizationDecisionDue, bool IsSynthetic)
{
    public static ReviewPeriodDto From(ReviewPeriod p) => new(
        p.Id, p.Name, p.Kind, p.Year, p.Quarter, p.CoversFrom, p.CoversTo, p.RuleSetId, p.OrganizationId, p.SelfReviewDue, p.ProposalDue,
        p.DecisionDue, p.OrganizationSelfReviewDue, p.OrganizationDecisionDue, p.IsSynthetic);
}

/// <summary>A level with its name in the period's era.</summary>
public sealed record LevelDto(RatingLevel Level, string Name)
{
    public static LevelDto? Of(RuleSet rules, RatingLevel? level) => level is { } l ? new(l, RatingScale.Name(rules, l)) : null;
}

public sealed record MemberReviewDto(
    Guid Id, Guid Member, string FullName, Guid Cell, decimal? SelfPoints, LevelDto? SelfLevel, DateOnly? SelfReviewedOn, LevelDto? ProposedLevel,
    decimal? ProposedPoints, DateOnly? ProposedOn, LevelDto? DecidedLevel, DateOnly? DecidedOn, string? OverrideReason, int Version)
{
    public static MemberReviewDto From(MemberReview r, RuleSet rules) => new(
        r.Id, r.MemberId, r.FullName, r.CellId, r.SelfPoints, LevelDto.Of(rules, r.SelfLevel), r.SelfReviewedOn, LevelDto.Of(rules, r.ProposedLevel),
        r.ProposedPoints, r.ProposedOn, LevelDto.Of(rules, r.DecidedLevel), r.DecidedOn, r.OverrideReason, r.Version);
}

public sealed record OrganizationReviewDto(
    Guid Id, Guid Organization, string Name, LevelDto? SelfLevel, DateOnly? SelfReviewedOn, LevelDto? ProposedLevel, LevelDto? DecidedLevel,
    DateOnly? DecidedOn, int Version)
{
    public static OrganizationReviewDto From(OrganizationReview r, RuleSet rules) => new(
        r.Id, r.OrganizationId, r.Name, LevelDto.Of(rules, r.SelfLevel), r.SelfReviewedOn, LevelDto.Of(rules, r.ProposedLevel), LevelDto.Of(rules, r.DecidedLevel),
        r.DecidedOn, r.Version);
}

public sealed record CapDto(string Grassroots, int Excellent, int Good, int? Maximum, bool IsOver, int ProjectedExcellent, int ProjectedGood, bool ProjectedIsOver, string Text)
{
    public static CapDto From(NamedCap cap) => new(
        cap.Name, cap.Cap.Decided.Excellent, cap.Cap.Decided.Good, cap.Cap.Decided.Maximum, cap.Cap.Decided.IsOver,
        cap.Cap.Projected.Excellent, cap.Cap.Projected.Good, cap.Cap.Projected.IsOver, cap.Cap.Decided.Describe());
}

public sealed record FlagDto(string Cell, InflationFlagKind Kind, string Message, bool NoData);

public sealed record OrganizationReviewViewDto(
    ReviewPeriodDto Period, string RuleSet, string Organization, IReadOnlyList<MemberReviewDto> Members, IReadOnlyList<CapDto> Caps,
    IReadOnlyList<FlagDto> Flags, IReadOnlyList<OrganizationReviewDto> RatedHere, OrganizationReviewDto? Own)
{
    public static OrganizationReviewViewDto From(OrganizationReviewView view) => new(
        ReviewPeriodDto.From(view.Period), view.Rules.Name, view.Organization.Name, [.. view.Members.Select(m => MemberReviewDto.From(m, view.Rules))],
        [.. view.Caps.Select(CapDto.From)], [.. view.Flags.SelectMany(c => c.Flags.Select(f => new FlagDto(c.CellName, f.Kind, f.Message, f.NoData)))],
        [.. view.RatedHere.Select(r => OrganizationReviewDto.From(r, view.Rules))], view.Own is null ? null : OrganizationReviewDto.From(view.Own, view.Rules));
}

public sealed record TimelinessDto(Guid Organization, string Name, int Members, StepTimeliness SelfReview, StepTimeliness Proposal, StepTimeliness Decision,
    StepTimeliness? OrganizationSelfReview, StepTimeliness? OrganizationDecision)
{
    public static TimelinessDto From(CellTimeliness t) => new(t.OrganizationId, t.Name, t.Members, t.SelfReview, t.Proposal, t.Decision, t.OrganizationSelfReview, t.OrganizationDecision);
}

public sealed record GrassrootsSummaryDto(Guid Organization, string Name, int Members, IReadOnlyDictionary<RatingLevel, int> Decided, int Undecided, bool OverCap, int Overrides)
{
    public static GrassrootsSummaryDto From(GrassrootsSummary s) => new(s.OrganizationId, s.Name, s.Members, s.Decided, s.Undecided, s.Cap.Decided.IsOver, s.Overrides);
}

public sealed record ReviewPeriodDetailDto(ReviewPeriodDto Period, IReadOnlyList<TimelinessDto> Timeliness, IReadOnlyList<GrassrootsSummaryDto> Summary);

public sealed record BallotOpenedDto(Guid Ballot, int Version, int Issued, IReadOnlyList<string> Codes);

public sealed record BallotDto(Guid Id, Guid Cell, RatingLevel Level, DateOnly HeldOn, int Issued, int? Cast, DateOnly? CountedOn, IReadOnlyList<BallotCandidateDto> Candidates, int Version)
{
    public static BallotDto From(SecretBallot b) => new(b.Id, b.CellId, b.Level, b.HeldOn, b.Issued, b.Cast, b.CountedOn,
        [.. b.Candidates.Select(c => new BallotCandidateDto(c.Id, c.FullName, c.InFavour, c.Against, c.Passed))], b.Version);
}

public sealed record BallotCandidateDto(Guid Id, string FullName, int? InFavour, int? Against, bool? Passed);

public sealed class OpenPeriodRequest
{
    [Required(ErrorMessage = "Hãy chọn tổ chức đảng.")]
    public Guid? Organization { get; set; }

    public ReviewPeriodKind Kind { get; set; } = ReviewPeriodKind.Yearly;

    [Required(ErrorMessage = "Hãy nhập năm.")]
    public int? Year { get; set; }

    public int? Quarter { get; set; }

    /// <summary>Deadlines left out take DangVu's suggestion (<see cref="ReviewTimetable.Suggested"/>).</summary>
    public DateOnly? SelfReviewDue { get; set; }

    public DateOnly? ProposalDue { get; set; }

    public DateOnly? DecisionDue { get; set; }

    public DateOnly? OrganizationSelfReviewDue { get; set; }

    public DateOnly? OrganizationDecisionDue { get; set; }

    public ReviewTimetable Timetable()
    {
        var suggested = ReviewTimetable.Suggested(Kind, Year ?? 0, Quarter);
        return new(SelfReviewDue ?? suggested.SelfReviewDue, ProposalDue ?? suggested.ProposalDue, DecisionDue ?? suggested.DecisionDue,
            OrganizationSelfReviewDue ?? suggested.OrganizationSelfReviewDue, OrganizationDecisionDue ?? suggested.OrganizationDecisionDue);
    }
}

public sealed class SelfReviewBody
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày.")]
    public DateOnly? On { get; set; }

    public string? Text { get; set; }

    public Dictionary<string, decimal>? Scores { get; set; }

    public RatingLevel? Level { get; set; }

    public string? Achievements { get; set; }

    public int? TasksDonePercent { get; set; }

    public int? TasksExceededPercent { get; set; }

    public SelfReviewRequest ToRequest() => new(On!.Value, Text, Scores, Level, Achievements, TasksDonePercent, TasksExceededPercent);
}

public sealed class ProposalBody
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày.")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "Hãy chọn mức xếp loại.")]
    public RatingLevel? Level { get; set; }

    public decimal? Points { get; set; }

    public string? Note { get; set; }
}

public sealed class DecisionBody
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày.")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "Hãy chọn mức xếp loại.")]
    public RatingLevel? Level { get; set; }

    /// <summary>Required (non-blank) for a decision over the cap on "excellent".</summary>
    public string? OverrideReason { get; set; }
}

public sealed class OpenBallotRequest
{
    [Required(ErrorMessage = "Hãy chọn chi bộ.")]
    public Guid? Cell { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày bỏ phiếu.")]
    public DateOnly? HeldOn { get; set; }

    /// <summary>The member reviews (ids) on the ballot.</summary>
    public List<Guid> Candidates { get; set; } = [];
}

public sealed class CastBallotRequest
{
    [Required(ErrorMessage = "Hãy nhập mã phiếu.")]
    public string? Code { get; set; }

    /// <summary>For each candidate on the ballot (by id): agree (true) or not (false).</summary>
    public Dictionary<Guid, bool> Marks { get; set; } = [];
}

public sealed class CountBallotRequest
{
    [Required(ErrorMessage = "Hãy gửi kèm phiên bản (version) đã đọc.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày kiểm phiếu.")]
    public DateOnly? On { get; set; }
}
