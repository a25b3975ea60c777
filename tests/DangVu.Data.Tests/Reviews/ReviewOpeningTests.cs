using DangVu.Core.Rules;
using DangVu.Data.Infrastructure;
using DangVu.Data.Reviews;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Reviews;

public sealed class ReviewOpeningTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task OpenAsync_A2008Review_IsJudgedByThe2008RuleSet_SelfReviewNamesALevelWithoutPoints(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var setup = await ReviewSetup.CreateAsync(services, 2, year: 2008);
        var review = (await setup.ReviewsAsync())[0];

        var withoutLevel = await setup.WithAsync<MemberReviewWorkflow, MemberReview>(w => w.SelfReviewAsync(review.Id, review.Version,
            new SelfReviewRequest(new DateOnly(2008, 12, 10), "Hoàn thành nhiệm vụ."), Cancel));
        var self = await setup.WithAsync<MemberReviewWorkflow, MemberReview>(w => w.SelfReviewAsync(review.Id, review.Version,
            new SelfReviewRequest(new DateOnly(2008, 12, 10), "Hoàn thành nhiệm vụ.", Level: RatingLevel.Good), Cancel));

        Assert.Equal("huong-dan-20-2008", setup.Period.RuleSetId);
        Assert.Equal("năm 2008", setup.Period.Name);
        Assert.Contains("Hãy tự nhận mức xếp loại.", withoutLevel.Refusals);
        Assert.Equal((RatingLevel.Good, (decimal?)null), (self.Value!.SelfLevel, self.Value.SelfPoints));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task OrganizationReview_CellSelfReviewsAndTheCommitteeAboveProposesAndDecides(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var setup = await ReviewSetup.CreateAsync(services, 1);
        await using var scope = services.CreateAsyncScope();
        var reviews = await scope.ServiceProvider.GetRequiredService<ReviewQueries>().OrganizationReviewsAsync(setup.Period.Id, setup.Committee.Path, Cancel);
        var cell = reviews.Single(r => r.OrganizationId == setup.Cell.Id);
        Assert.Equal(setup.Committee.Id, cell.ParentId);

        var self = await setup.WithAsync<OrganizationReviewWorkflow, OrganizationReview>(w => w.SelfReviewAsync(cell.Id, cell.Version,
            new SelfReviewRequest(new DateOnly(2025, 12, 18), "Chi bộ hoàn thành tốt nhiệm vụ.", Level: RatingLevel.Excellent), Cancel));
        var proposed = await setup.WithAsync<OrganizationReviewWorkflow, OrganizationReview>(w => w.ProposeAsync(cell.Id, self.Value!.Version,
            new ProposalRequest(new DateOnly(2025, 12, 22), RatingLevel.Excellent), Cancel));
        var excellent = await setup.WithAsync<OrganizationReviewWorkflow, OrganizationReview>(w => w.DecideAsync(cell.Id, proposed.Value!.Version,
            new DecisionRequest(new DateOnly(2025, 12, 28), RatingLevel.Excellent), Cancel));
        var good = await setup.WithAsync<OrganizationReviewWorkflow, OrganizationReview>(w => w.DecideAsync(cell.Id, proposed.Value!.Version,
            new DecisionRequest(new DateOnly(2025, 12, 28), RatingLevel.Good), Cancel));

        Assert.Null(excellent.Value);
        Assert.Contains(excellent.Refusals, r => r.Contains("Chưa ghi thành tích nổi bật", StringComparison.Ordinal));
        Assert.Equal(RatingLevel.Good, good.Value!.DecidedLevel);
    }
}
