using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Core.Training;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Training;
using DangVu.TestCommon.Web;
using DangVu.Web.Access;
using DangVu.Web.Features.Training;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Training;

/// <summary>The member's own training page, with a test double for the account → member-file link (wired at merge).</summary>
public sealed class MyTrainingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MyTraining_LinkedMember_SeesClassToAttendAndCertificateHeld_UnlinkedSeesANotice()
    {
        var (cell, member) = await CellWithMemberAsync();
        var today = Core.Text.VietnameseDates.Today(TimeProvider.System);
        await ClassAsync(cell, member, "Bồi dưỡng báo cáo viên năm trước", today.AddYears(-1), certify: true);
        await ClassAsync(cell, member, "Học tập nghị quyết sắp tới", today.AddDays(10), certify: false);
        var account = await TestAccounts.CreateAsync(app.Factory, Role.Member, cell.Path);
        await using var linked = app.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ICurrentMember>(new FixedCurrentMember(member.Id))));
        using var client = linked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignedInClient.PostFormAsync(client, "/dang-nhap", new() { ["Input.UserName"] = account.UserName, ["Input.Password"] = account.Password });
        using var unlinked = await SignedInClient.CreateAsync(app.Factory, account);

        var page = await client.GetStringAsync("/cua-toi/hoc-tap", Cancel);
        var mine = await client.GetFromJsonAsync<MyTrainingDto>("/api/training/me", Json, Cancel);
        var nobody = await unlinked.GetStringAsync("/cua-toi/hoc-tap", Cancel);
        var nobodyApi = await unlinked.GetFromJsonAsync<MyTrainingDto>("/api/training/me", Json, Cancel);

        Assert.Contains("Học tập nghị quyết sắp tới", page, StringComparison.Ordinal);
        Assert.Contains("sắp học", page, StringComparison.Ordinal);
        Assert.Contains("số 3/GCN-BCV", page, StringComparison.Ordinal);
        Assert.Contains("không ghi thời hạn", page, StringComparison.Ordinal);
        Assert.True(mine!.HasMemberFile);
        Assert.Equal(2, mine.Classes.Count);
        Assert.Contains("chưa được liên kết với hồ sơ đảng viên", nobody, StringComparison.Ordinal);
        Assert.False(nobodyApi!.HasMemberFile);
    }

    private async Task ClassAsync(PartyOrganization cell, PartyMember member, string name, DateOnly starts, bool certify)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<TrainingRegistry>();
        var kind = certify ? TrainingKind.ReporterRefresher : TrainingKind.ResolutionStudy;
        var created = await registry.CreateAsync(new NewTrainingClass(new ClassPlan(kind, name, certify ? null : "Nghị quyết thử", starts, starts.AddDays(2),
            [new SessionPlan(starts, "Buổi 1")]), cell.Id), Cancel);
        var enrolled = await registry.EnrolAsync(created.Class!.Id, 0, [member.Id], [], Cancel);
        Assert.NotNull(enrolled.Class);
        if (certify)
        {
            var enrolment = (await scope.ServiceProvider.GetRequiredService<TrainingQueries>().FindAsync(created.Class.Id, Cancel))!.Enrolments.Single();
            var certified = await scope.ServiceProvider.GetRequiredService<TrainingRecords>().ResultsAsync(created.Class.Id, 1,
                [new ResultEntry(enrolment.Id, TrainingResult.Passed, "3/GCN-BCV", starts.AddDays(3))], Cancel);
            Assert.True(certified.Class is not null, string.Join("; ", certified.Refusals));
        }
    }

    private async Task<(PartyOrganization Cell, PartyMember Member)> CellWithMemberAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Của tôi", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var cell = (await restructuring.CreateAsync(new("Chi bộ Của tôi", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        var (member, _) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember("Đinh Thị Mai", new DateOnly(1985, 1, 1), Gender.Female, cell.Id, new DateOnly(2010, 1, 1), new DateOnly(2011, 1, 1)), cancellationToken: Cancel);
        return (cell, member!);
    }
}
