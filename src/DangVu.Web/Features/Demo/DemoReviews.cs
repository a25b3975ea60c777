using DangVu.Core.Organizations;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Data;
using DangVu.Data.Members;
using DangVu.Data.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// The 2025 review of the bloc, run through the workflow itself: in the hospital's Chi bộ Khoa Nội every member has
/// self-reviewed, a secret ballot carried three members for "excellent", and the committee decided ten "good" and the
/// three "excellent" — one over the 20% cap, with the override's reason (audited). The demo member's own review is left
/// open for the self-review form.
/// </summary>
internal sealed class DemoReviews(
    DangVuDbContext context, ReviewOpening opening, MemberReviewWorkflow members, SecretBallots ballots, MemberRegistry registry, TimeProvider clock)
{
    public const string DemoMemberName = "Phạm Thị Ánh Tuyết";
    private const int Year = 2025;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.ReviewPeriods.AnyAsync(cancellationToken) || Core.Text.VietnameseDates.Today(clock) < new DateOnly(Year, 12, 21))
        {
            return;
        }

        var bloc = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Kind == OrganizationKind.BlocCommittee, cancellationToken);
        var cell = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Name == DemoOrganizations.MemberCellName && o.Kind == OrganizationKind.Cell, cancellationToken);
        if (bloc is null || cell is null)
        {
            return;
        }

        if (!await context.Members.AnyAsync(m => m.OrganizationId == cell.Id && m.FullName == DemoMemberName, cancellationToken))
        {
            await registry.AddAsync(new NewMember(DemoMemberName, new DateOnly(1990, 8, 19), Gender.Female, cell.Id, new DateOnly(2015, 5, 19), new DateOnly(2016, 5, 19), Sector.Health,
                Profession: "Bác sĩ", IsSynthetic: true), cancellationToken: cancellationToken);
        }

        var period = (await opening.OpenAsync(new NewReviewPeriod(bloc.Id, ReviewPeriodKind.Yearly, Year, null,
            ReviewTimetable.Suggested(ReviewPeriodKind.Yearly, Year, null), IsSynthetic: true), cancellationToken)).Value!;
        var reviews = await context.MemberReviews.AsNoTracking().Where(r => r.PeriodId == period.Id && r.CellId == cell.Id && r.FullName != DemoMemberName)
            .OrderBy(r => r.Id).Take(13).ToListAsync(cancellationToken);
        if (reviews.Count < 13)
        {
            return;
        }

        var versions = new Dictionary<Guid, int>();
        foreach (var (review, index) in reviews.Select((r, i) => (r, i)))
        {
            var duties = index < 3 ? 36 : 22 + (index % 6);
            var self = await members.SelfReviewAsync(review.Id, review.Version, new SelfReviewRequest(
                new DateOnly(Year, 12, 8), "Hoàn thành nhiệm vụ chuyên môn; giữ gìn phẩm chất đạo đức; còn hạn chế về nghiên cứu lý luận (dữ liệu mẫu).",
                new Dictionary<string, decimal> { ["politics"] = 18 + (index % 3), ["ethics"] = 19, ["discipline"] = 18, ["duties"] = duties },
                Achievements: index < 3 ? "Sáng kiến cải tiến quy trình khám bệnh được Sở Y tế công nhận (dữ liệu mẫu)" : null,
                TasksDonePercent: 100, TasksExceededPercent: index < 3 ? 40 : 10), cancellationToken);
            versions[review.Id] = Checked(self).Version;
        }

        var opened = Checked(await ballots.OpenAsync(period.Id, cell.Id, new DateOnly(Year, 12, 12), [.. reviews.Take(3).Select(r => r.Id)], cancellationToken));
        foreach (var code in opened.Codes)
        {
            await ballots.CastAsync(code, opened.Ballot.Candidates.ToDictionary(c => c.Id, _ => true), cancellationToken);
        }

        Checked(await ballots.CountAsync(opened.Ballot.Id, opened.Ballot.Version, new DateOnly(Year, 12, 12), cancellationToken));
        var proposed = new List<(MemberReview Review, RatingLevel Level)>();
        foreach (var (review, index) in reviews.Select((r, i) => (r, i)))
        {
            var level = index < 3 ? RatingLevel.Excellent : RatingLevel.Good;
            proposed.Add((Checked(await members.ProposeAsync(review.Id, versions[review.Id], new ProposalRequest(new DateOnly(Year, 12, 15), level), cancellationToken)), level));
        }

        // "Good" first: the cap is counted on what is decided, so the third "excellent" is the one over it.
        foreach (var (review, level) in proposed.OrderBy(p => p.Level == RatingLevel.Excellent))
        {
            var over = level == RatingLevel.Excellent && review.Id == proposed.Last(p => p.Level == RatingLevel.Excellent).Review.Id;
            var reason = over ? "Có sáng kiến được Sở Y tế công nhận; cấp uỷ thống nhất đề nghị vượt giới hạn (dữ liệu mẫu)." : null;
            Checked(await members.DecideAsync(review.Id, review.Version, new DecisionRequest(new DateOnly(Year, 12, 20), level, reason), cancellationToken));
        }
    }

    private static T Checked<T>(ReviewOutcome<T> outcome)
        where T : class =>
        outcome.Value ?? throw new InvalidOperationException($"Demo review step refused: {string.Join("; ", outcome.Refusals)}");
}
