using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>
/// An organization's review, the members' chain one level up: its self-review, the proposal and the decision of the
/// committee above. "Excellent" needs the evidence the rules ask, as for members.
/// </summary>
public sealed class OrganizationReviewWorkflow(DangVuDbContext context, RuleBook book, TimeProvider clock, IAuditActor actor)
{
    public async Task<ReviewOutcome<OrganizationReview>> SelfReviewAsync(Guid reviewId, int version, SelfReviewRequest request, CancellationToken cancellationToken = default)
    {
        var (review, rules, refusal) = await LoadAsync(reviewId, version, request.On, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (review!.ProposedLevel is not null)
        {
            return ReviewOutcomes.Refused<OrganizationReview>("Cấp uỷ cấp trên đã nhận xét, đề xuất; bản tự kiểm điểm không sửa được nữa.");
        }

        var scored = SelfReviewScoring.Score(rules!, request, scored: false);
        if (scored.Refusals.Count > 0)
        {
            return new(null, scored.Refusals);
        }

        review.SelfPoints = scored.Points;
        review.SelfLevel = scored.Level;
        review.SelfText = scored.Text;
        review.Achievements = scored.Achievements;
        review.TasksDonePercent = request.TasksDonePercent;
        review.TasksExceededPercent = request.TasksExceededPercent;
        review.SelfReviewedOn = request.On;
        return await SaveAsync(review, cancellationToken);
    }

    public async Task<ReviewOutcome<OrganizationReview>> ProposeAsync(Guid reviewId, int version, ProposalRequest request, CancellationToken cancellationToken = default)
    {
        var (review, _, refusal) = await LoadAsync(reviewId, version, request.On, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        string? problem = review!.SelfReviewedOn is null ? "Tổ chức đảng chưa tự kiểm điểm."
            : review.DecidedLevel is not null ? "Đã quyết định xếp loại; không đề xuất lại được."
            : !Enum.IsDefined(request.Level) ? "Hãy chọn mức xếp loại."
            : SelfReviewScoring.Clean(request.Note)?.Length > ReviewLimits.Text ? $"Nhận xét dài quá {ReviewLimits.Text} ký tự."
            : null;
        if (problem is not null)
        {
            return ReviewOutcomes.Refused<OrganizationReview>(problem);
        }

        review.ProposedLevel = request.Level;
        review.ProposalNote = SelfReviewScoring.Clean(request.Note);
        review.ProposedOn = request.On;
        review.ProposedBy = actor.Name;
        return await SaveAsync(review, cancellationToken);
    }

    public async Task<ReviewOutcome<OrganizationReview>> DecideAsync(Guid reviewId, int version, DecisionRequest request, CancellationToken cancellationToken = default)
    {
        var (review, rules, refusal) = await LoadAsync(reviewId, version, request.On, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (review!.ProposedLevel is null)
        {
            return ReviewOutcomes.Refused<OrganizationReview>("Chưa có nhận xét, đề xuất mức xếp loại.");
        }

        if (request.Level == RatingLevel.Excellent && review.Evidence.Missing(rules!) is { Count: > 0 } missing)
        {
            return new(null, [$"Chưa đủ căn cứ xếp loại “{RatingScale.Name(rules!, RatingLevel.Excellent)}”:", .. missing]);
        }

        review.DecidedLevel = request.Level;
        review.DecidedOn = request.On;
        review.DecidedBy = actor.Name;
        return await SaveAsync(review, cancellationToken);
    }

    private async Task<(OrganizationReview? Review, RuleSet? Rules, ReviewOutcome<OrganizationReview>? Refusal)> LoadAsync(
        Guid reviewId, int version, DateOnly on, CancellationToken cancellationToken)
    {
        var review = await context.OrganizationReviews.SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return (null, null, ReviewOutcomes.Refused<OrganizationReview>("Không tìm thấy bản đánh giá của tổ chức."));
        }

        if (review.Version != version)
        {
            return (null, null, ReviewOutcomes.Stale<OrganizationReview>(Conflict(review)));
        }

        var period = await context.ReviewPeriods.AsNoTracking().SingleAsync(p => p.Id == review.PeriodId, cancellationToken);
        if (on < period.CoversFrom || on > VietnameseDates.Today(clock))
        {
            return (null, null, ReviewOutcomes.Refused<OrganizationReview>($"Ngày phải từ {VietnameseDates.Numeric(period.CoversFrom)} đến hôm nay."));
        }

        return (review, book.On(period.CoversTo), null);
    }

    private async Task<ReviewOutcome<OrganizationReview>> SaveAsync(OrganizationReview review, CancellationToken cancellationToken)
    {
        review.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return ReviewOutcomes.Stale<OrganizationReview>(Conflict(review));
        }

        return ReviewOutcomes.Done<OrganizationReview>(review);
    }

    private static string Conflict(OrganizationReview review) =>
        $"Bản đánh giá của {review.Name} vừa được người khác thay đổi; hãy tải lại rồi làm lại.";
}
