using DangVu.Core.Rules;
using DangVu.Data.Infrastructure;
using DangVu.Data.Reviews;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Reviews;

public sealed class MemberReviewWorkflowTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task DecideAsync_TenGoodAndAThirdExcellent_IsOverTheCapAndNeedsAReasonWhichIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var setup = await ReviewSetup.CreateAsync(services, 13);
        foreach (var review in await setup.ReviewsAsync())
        {
            Assert.NotNull((await setup.SelfReviewAsync(review)).Value);
        }

        var reviews = await setup.ReviewsAsync();
        var excellent = reviews.Take(3).ToList();
        var ballot = await setup.BallotAsync(excellent);
        Assert.All(ballot.Candidates, c => Assert.True(c.Passed));
        foreach (var review in reviews)
        {
            var proposed = await setup.ProposeAsync(review, excellent.Contains(review) ? RatingLevel.Excellent : RatingLevel.Good);
            Assert.True(proposed.Value is not null, string.Join("; ", proposed.Refusals));
        }

        reviews = await setup.ReviewsAsync();
        foreach (var review in reviews.Where(r => r.ProposedLevel == RatingLevel.Good).Concat(reviews.Where(r => r.ProposedLevel == RatingLevel.Excellent).Take(2)))
        {
            var decided = await setup.DecideAsync(review, review.ProposedLevel!.Value);
            Assert.True(decided.Value is not null, string.Join("; ", decided.Refusals));
        }

        var third = (await setup.ReviewsAsync()).Single(r => r.ProposedLevel == RatingLevel.Excellent && r.DecidedLevel is null);
        var refused = await setup.DecideAsync(third, RatingLevel.Excellent);
        var blank = await setup.DecideAsync(third, RatingLevel.Excellent, "   ");
        var overridden = await setup.DecideAsync(third, RatingLevel.Excellent, "Có công trình được giải thưởng cấp quốc gia");

        Assert.Null(refused.Value);
        Assert.Contains("3 hoàn thành xuất sắc / 10 hoàn thành tốt: tối đa 2 (20% số hoàn thành tốt) — VƯỢT giới hạn 1 người", refused.Refusals[0], StringComparison.Ordinal);
        Assert.Null(blank.Value);
        Assert.Equal("Có công trình được giải thưởng cấp quốc gia", overridden.Value!.OverrideReason);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var audit = await context.AuditEntries.Where(e => e.Action == MemberReviewWorkflow.CapOverrideAction).ToListAsync(Cancel);
        var entry = Assert.Single(audit);
        Assert.Equal(third.Id.ToString(), entry.EntityId);
        Assert.Contains("Có công trình được giải thưởng cấp quốc gia", entry.Details, StringComparison.Ordinal);
        var cap = await scope.ServiceProvider.GetRequiredService<ReviewCaps>().OfAsync(setup.Period.Id, setup.Committee.Id, RuleBook.Default.On(setup.Period.CoversTo), Cancel);
        Assert.True(cap.Decided.IsOver);
        Assert.Equal((3, 10, 2), (cap.Decided.Excellent, cap.Decided.Good, cap.Decided.Maximum));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ProposeAsync_TwoSecretariesWithTheSameVersion_TheSecondIsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var setup = await ReviewSetup.CreateAsync(services, 2);
        var review = (await setup.ReviewsAsync())[0];
        await setup.SelfReviewAsync(review);
        review = (await setup.ReviewsAsync())[0];

        var first = await setup.ProposeAsync(review, RatingLevel.Good);
        var second = await setup.ProposeAsync(review, RatingLevel.Completed);

        Assert.NotNull(first.Value);
        Assert.True(second.Conflict);
        Assert.Contains("vừa được người khác thay đổi", second.Refusals[0], StringComparison.Ordinal);
        Assert.Equal(RatingLevel.Good, (await setup.ReviewsAsync())[0].ProposedLevel);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task ProposeAsync_ExcellentWithoutABallot_IsRefused_AndPointsCapTheLevel(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var setup = await ReviewSetup.CreateAsync(services, 2);
        var review = (await setup.ReviewsAsync())[0];
        var self = await setup.SelfReviewAsync(review, duties: 10);

        Assert.Equal(70, self.Value!.SelfPoints);
        Assert.Equal(RatingLevel.Good, self.Value.SelfLevel);
        var excellent = await setup.ProposeAsync(self.Value, RatingLevel.Excellent);
        Assert.Contains("bỏ phiếu kín", Assert.Single(excellent.Refusals), StringComparison.Ordinal);
        var scored = await setup.WithAsync<MemberReviewWorkflow, MemberReview>(w => w.ProposeAsync(
            self.Value.Id, self.Value.Version, new ProposalRequest(new DateOnly(2025, 12, 15), RatingLevel.Good, Points: 60), Cancel));
        Assert.Contains("60 điểm chỉ đạt mức “Hoàn thành nhiệm vụ”", Assert.Single(scored.Refusals), StringComparison.Ordinal);
    }
}
