using System.Text.Json;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>
/// A member's review step by step: the self-review (points → level by the period's rule set), the cell's proposal (a
/// voted level only after the secret ballot carried it), the committee's decision ("excellent" only with the evidence
/// the rules ask, and over the cap only with a reason, which is audited). A stale version is a conflict.
/// </summary>
public sealed class MemberReviewWorkflow(DangVuDbContext context, RuleBook book, ReviewCaps caps, TimeProvider clock, IAuditActor actor)
{
    public const string CapOverrideAction = "review-cap-override";

    // The reason stays readable in Vietnamese in the log, as the interceptor writes row details.
    private static readonly JsonSerializerOptions DetailsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public async Task<ReviewOutcome<MemberReview>> SelfReviewAsync(Guid reviewId, int version, SelfReviewRequest request, CancellationToken cancellationToken = default)
    {
        var (review, period, refusal) = await LoadAsync(reviewId, version, request.On, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (review!.ProposedLevel is not null)
        {
            return ReviewOutcomes.Refused<MemberReview>("Chi bộ đã nhận xét, đề xuất; bản tự kiểm điểm không sửa được nữa.");
        }

        var scored = SelfReviewScoring.Score(book.On(period!.CoversTo), request);
        if (scored.Refusals.Count > 0)
        {
            return new(null, scored.Refusals);
        }

        review.SelfScores = scored.ScoresJson;
        review.SelfPoints = scored.Points;
        review.SelfLevel = scored.Level;
        review.SelfText = scored.Text;
        review.Achievements = scored.Achievements;
        review.TasksDonePercent = request.TasksDonePercent;
        review.TasksExceededPercent = request.TasksExceededPercent;
        review.SelfReviewedOn = request.On;
        return await SaveAsync(review, cancellationToken);
    }

    public async Task<ReviewOutcome<MemberReview>> ProposeAsync(Guid reviewId, int version, ProposalRequest request, CancellationToken cancellationToken = default)
    {
        var (review, period, refusal) = await LoadAsync(reviewId, version, request.On, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var rules = book.On(period!.CoversTo);
        if (ProposalRefusal(review!, rules, request) is { } problem)
        {
            return ReviewOutcomes.Refused<MemberReview>(problem);
        }

        if (rules.RatingBallot.Value.VotedLevels.Contains(request.Level)
            && !await context.BallotCandidates.AnyAsync(c => c.MemberReviewId == review!.Id && c.Passed == true, cancellationToken))
        {
            var source = rules.RatingBallot.Source;
            return ReviewOutcomes.Refused<MemberReview>(
                $"Mức “{RatingScale.Name(rules, request.Level)}” do chi bộ bỏ phiếu kín đề xuất: hãy tổ chức bỏ phiếu và kiểm phiếu trước. "
                + $"Quy định: {rules.RatingBallot.Value.Share.ToVietnamese()} — {source.Citation}{(source.IsConfirmed ? "" : " (chưa xác nhận)")}.");
        }

        review!.ProposedLevel = request.Level;
        review.ProposedPoints = request.Points;
        review.ProposalNote = SelfReviewScoring.Clean(request.Note);
        review.ProposedOn = request.On;
        review.ProposedBy = actor.Name;
        return await SaveAsync(review, cancellationToken);
    }

    public async Task<ReviewOutcome<MemberReview>> DecideAsync(Guid reviewId, int version, DecisionRequest request, CancellationToken cancellationToken = default)
    {
        var (review, period, refusal) = await LoadAsync(reviewId, version, request.On, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var rules = book.On(period!.CoversTo);
        if (review!.ProposedLevel is not { } proposed)
        {
            return ReviewOutcomes.Refused<MemberReview>("Chi bộ chưa đề xuất mức xếp loại.");
        }

        if (request.Level == RatingLevel.Excellent)
        {
            if (proposed != RatingLevel.Excellent)
            {
                return ReviewOutcomes.Refused<MemberReview>($"Chi bộ đề xuất “{RatingScale.Name(rules, proposed)}”; chỉ xếp loại “{RatingScale.Name(rules, RatingLevel.Excellent)}” khi chi bộ đã đề xuất mức này.");
            }

            if (review.Evidence.Missing(rules) is { Count: > 0 } missing)
            {
                return new(null, [$"Chưa đủ căn cứ xếp loại “{RatingScale.Name(rules, RatingLevel.Excellent)}”:", .. missing]);
            }
        }

        var reason = SelfReviewScoring.Clean(request.OverrideReason);
        if (reason?.Length > ReviewLimits.Reason)
        {
            return ReviewOutcomes.Refused<MemberReview>($"Lý do dài quá {ReviewLimits.Reason} ký tự.");
        }

        var cap = await caps.AfterDecisionAsync(review, request.Level, rules, cancellationToken);
        var overCap = request.Level == RatingLevel.Excellent && cap.IsOver;
        if (overCap && reason is null)
        {
            return ReviewOutcomes.Refused<MemberReview>(
                $"Quyết định này vượt giới hạn “{RatingScale.Name(rules, RatingLevel.Excellent)}” của tổ chức cơ sở đảng: {cap.Describe()} Muốn vẫn quyết định, hãy chọn vượt giới hạn và ghi rõ lý do.");
        }

        review.DecidedLevel = request.Level;
        review.DecidedOn = request.On;
        review.DecidedBy = actor.Name;
        review.OverrideReason = overCap ? reason : null;
        if (overCap)
        {
            context.PendingAuditEvents.Add(new AuditEvent(CapOverrideAction, nameof(MemberReview), review.Id.ToString(),
                JsonSerializer.Serialize(new { member = review.FullName, reason, cap.Excellent, cap.Good, cap.Maximum }, DetailsJson)));
        }

        return await SaveAsync(review, cancellationToken);
    }

    private static string? ProposalRefusal(MemberReview review, RuleSet rules, ProposalRequest request)
    {
        if (review.SelfReviewedOn is null)
        {
            return "Đảng viên chưa tự kiểm điểm.";
        }

        if (review.DecidedLevel is not null)
        {
            return "Cấp uỷ đã quyết định xếp loại; không đề xuất lại được.";
        }

        if (!Enum.IsDefined(request.Level))
        {
            return "Hãy chọn mức xếp loại.";
        }

        if (SelfReviewScoring.Clean(request.Note)?.Length > ReviewLimits.Text)
        {
            return $"Nhận xét dài quá {ReviewLimits.Text} ký tự.";
        }

        if (rules.RatingPoints.Value is { } scale && request.Points is { } points)
        {
            if (points < 0 || points > (rules.ReviewCriteria.Value.MaximumPoints ?? 100))
            {
                return "Điểm không hợp lệ.";
            }

            var reached = scale.Level(points, review.Evidence.Missing(rules).Count == 0);
            if (request.Level < reached)
            {
                return $"{SelfReviewScoring.Points(points)} điểm chỉ đạt mức “{RatingScale.Name(rules, reached)}”, không đề xuất được mức “{RatingScale.Name(rules, request.Level)}”.";
            }
        }

        return null;
    }

    private async Task<(MemberReview? Review, ReviewPeriod? Period, ReviewOutcome<MemberReview>? Refusal)> LoadAsync(
        Guid reviewId, int version, DateOnly on, CancellationToken cancellationToken)
    {
        var review = await context.MemberReviews.SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return (null, null, ReviewOutcomes.Refused<MemberReview>("Không tìm thấy bản đánh giá."));
        }

        if (review.Version != version)
        {
            return (null, null, ReviewOutcomes.Stale<MemberReview>(Conflict(review)));
        }

        var period = await context.ReviewPeriods.AsNoTracking().SingleAsync(p => p.Id == review.PeriodId, cancellationToken);
        if (on < period.CoversFrom)
        {
            return (null, null, ReviewOutcomes.Refused<MemberReview>($"Ngày {VietnameseDates.Numeric(on)} trước kỳ đánh giá ({VietnameseDates.Numeric(period.CoversFrom)} – {VietnameseDates.Numeric(period.CoversTo)})."));
        }

        if (on > VietnameseDates.Today(clock))
        {
            return (null, null, ReviewOutcomes.Refused<MemberReview>("Ngày không được ở tương lai."));
        }

        return (review, period, null);
    }

    private async Task<ReviewOutcome<MemberReview>> SaveAsync(MemberReview review, CancellationToken cancellationToken)
    {
        review.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return ReviewOutcomes.Stale<MemberReview>(Conflict(review));
        }

        return ReviewOutcomes.Done<MemberReview>(review);
    }

    private static string Conflict(MemberReview review) =>
        $"Bản đánh giá của {review.FullName} vừa được người khác thay đổi; hãy tải lại rồi làm lại.";
}
