using DangVu.Core.Organizations;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Reviews;

/// <summary>A grassroots committee with one cell of <c>count</c> official members, a 2025 review period opened over it, and helpers for each step.</summary>
internal sealed class ReviewSetup(ServiceProvider services, PartyOrganization committee, PartyOrganization cell, ReviewPeriod period)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ServiceProvider Services => services;

    public PartyOrganization Committee => committee;

    public PartyOrganization Cell => cell;

    public ReviewPeriod Period => period;

    public static async Task<ReviewSetup> CreateAsync(ServiceProvider services, int count, int year = 2025)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2000, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng bộ Bệnh viện", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Khoa Nội", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded, Cancel)).Organization!;
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        for (var i = 1; i <= count; i++)
        {
            var (member, errors) = await registry.AddAsync(
                new NewMember($"Nguyễn Văn Thứ {i}", new DateOnly(1980, 1, i), Gender.Male, cell.Id, new DateOnly(2001, 1, 1), new DateOnly(2002, 1, 1)), cancellationToken: Cancel);
            Assert.True(member is not null, string.Join("; ", errors));
        }

        var opened = await scope.ServiceProvider.GetRequiredService<ReviewOpening>().OpenAsync(
            new NewReviewPeriod(province.Id, ReviewPeriodKind.Yearly, year, null, ReviewTimetable.Suggested(ReviewPeriodKind.Yearly, year, null)), Cancel);
        Assert.True(opened.Value is not null, string.Join("; ", opened.Refusals));
        return new ReviewSetup(services, committee, cell, opened.Value!);
    }

    public async Task<IReadOnlyList<MemberReview>> ReviewsAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewQueries>().MemberReviewsAsync(period.Id, cell.Path, Cancel);
    }

    /// <summary>A self-review worth 95 points with all tasks done and 40% exceeded: the evidence "excellent" asks in 2025.</summary>
    public Task<ReviewOutcome<MemberReview>> SelfReviewAsync(MemberReview review, decimal duties = 35) =>
        WithAsync<MemberReviewWorkflow, MemberReview>(w => w.SelfReviewAsync(review.Id, review.Version, new SelfReviewRequest(
            new DateOnly(period.Year, 12, 5), "Hoàn thành nhiệm vụ chuyên môn, giữ gìn đạo đức.",
            new Dictionary<string, decimal> { ["politics"] = 20, ["ethics"] = 20, ["discipline"] = 20, ["duties"] = duties },
            Achievements: "Chủ trì đề tài nghiên cứu cấp tỉnh", TasksDonePercent: 100, TasksExceededPercent: 40), Cancel));

    public Task<ReviewOutcome<MemberReview>> ProposeAsync(MemberReview review, RatingLevel level) =>
        WithAsync<MemberReviewWorkflow, MemberReview>(w => w.ProposeAsync(review.Id, review.Version, new ProposalRequest(new DateOnly(period.Year, 12, 15), level), Cancel));

    public Task<ReviewOutcome<MemberReview>> DecideAsync(MemberReview review, RatingLevel level, string? reason = null) =>
        WithAsync<MemberReviewWorkflow, MemberReview>(w => w.DecideAsync(review.Id, review.Version, new DecisionRequest(new DateOnly(period.Year, 12, 20), level, reason), Cancel));

    /// <summary>Opens a ballot on the candidates, casts one paper per code (all agreeing) and counts it.</summary>
    public async Task<SecretBallot> BallotAsync(IReadOnlyCollection<MemberReview> candidates)
    {
        var opened = await WithAsync<SecretBallots, OpenedBallot>(b => b.OpenAsync(period.Id, cell.Id, new DateOnly(period.Year, 12, 12), [.. candidates.Select(c => c.Id)], Cancel));
        Assert.True(opened.Value is not null, string.Join("; ", opened.Refusals));
        foreach (var code in opened.Value!.Codes)
        {
            var cast = await WithAsync<SecretBallots, string>(b => b.CastAsync(code, opened.Value.Ballot.Candidates.ToDictionary(c => c.Id, _ => true), Cancel));
            Assert.True(cast.Value is not null, string.Join("; ", cast.Refusals));
        }

        var counted = await WithAsync<SecretBallots, SecretBallot>(b => b.CountAsync(opened.Value.Ballot.Id, opened.Value.Ballot.Version, new DateOnly(period.Year, 12, 12), Cancel));
        return counted.Value ?? throw new InvalidOperationException(string.Join("; ", counted.Refusals));
    }

    public async Task<ReviewOutcome<T>> WithAsync<TService, T>(Func<TService, Task<ReviewOutcome<T>>> act)
        where TService : notnull
        where T : class
    {
        await using var scope = services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
