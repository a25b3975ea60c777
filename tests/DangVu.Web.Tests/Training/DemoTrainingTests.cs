using DangVu.Core.Admission;
using DangVu.Core.Training;
using DangVu.Data;
using DangVu.Data.Infrastructure;
using DangVu.Data.Training;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Training;

public sealed class DemoTrainingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_DemoAdmissionsUseAwarenessCertificates_ANewMemberClass_AndAStudySomeMissed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();
        await using (var seed = factory.Services.CreateAsyncScope())
        {
            await seed.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(factory.Notices, Cancel);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var fromCertificates = await context.AdmissionSteps.Where(s => s.TrainingEnrolmentId != null).Select(s => s.Step).ToListAsync(Cancel);
        var kinds = await context.TrainingClasses.Select(c => c.Kind).Distinct().ToListAsync(Cancel);
        var hospital = await context.Organizations.SingleAsync(o => o.Name == DemoOrganizations.HospitalName, Cancel);
        var report = await scope.ServiceProvider.GetRequiredService<TrainingCompletion>()
            .ResolutionAsync(hospital, [hospital.Path], Core.Text.VietnameseText.SearchKey(DemoTraining.ResolutionTopic), Cancel);

        Assert.Equal(4, fromCertificates.Count(s => s == AdmissionStep.AwarenessClass));
        Assert.Contains(AdmissionStep.NewMemberClass, fromCertificates);
        Assert.Equal([TrainingKind.Awareness, TrainingKind.NewMemberTheory, TrainingKind.ResolutionStudy], kinds.Order());
        Assert.NotNull(report);
        Assert.True(report.Total.Missing > 0 && report.Total.Completed > report.Total.Missing, $"{report.Total}");
        Assert.True(await context.TrainingClasses.AllAsync(c => c.IsSynthetic, Cancel));
    }
}
