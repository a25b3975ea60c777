using DangVu.Core.Training;
using DangVu.Data.Infrastructure;
using DangVu.Data.Training;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Training;

public sealed class TrainingRegistryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Class_EnrolAttendPassCertify_IsStoredWithTheTermOfTheIssueDaysRules_AndAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var world = await TrainingWorld.CreateAsync(services);
        var an = await world.MemberAsync("Trần Văn An", world.Internal, new(2024, 1, 10));
        var bình = await world.MemberAsync("Lê Thị Bình", world.Surgery, new(2024, 2, 10));
        var training = await world.ClassAsync(TrainingKind.NewMemberTheory, "Lớp đảng viên mới khoá I/2024", new(2024, 6, 3), new(2024, 6, 14));

        var enrolled = await world.EnrolAsync(training, 0, [an.Id, bình.Id]);
        var stored = await world.FindAsync(training.Id);
        var anEnrolment = stored.Enrolments.Single(e => e.MemberId == an.Id);
        await using (var scope = services.CreateAsyncScope())
        {
            var attended = await scope.ServiceProvider.GetRequiredService<TrainingRecords>()
                .AttendanceAsync(training.Id, 1, stored.Sessions[0].Id, [anEnrolment.Id], new Dictionary<Guid, string> { [stored.Enrolments.Single(e => e.MemberId == bình.Id).Id] = "Trực cấp cứu" }, Cancel);
            Assert.True(attended.Class is not null, string.Join("; ", attended.Refusals));
        }

        var results = await world.ResultsAsync(stored, 2,
            new ResultEntry(anEnrolment.Id, TrainingResult.Passed, "15/GCN-ĐU", new(2024, 6, 20)),
            new ResultEntry(stored.Enrolments.Single(e => e.MemberId == bình.Id).Id, TrainingResult.Failed));

        Assert.NotNull(enrolled.Class);
        Assert.True(results.Class is not null, string.Join("; ", results.Refusals));
        var final = await world.FindAsync(training.Id);
        Assert.Equal(3, final.Version);
        var certified = final.Enrolments.Single(e => e.MemberId == an.Id);
        Assert.Equal("15/GCN-ĐU", certified.CertificateNumber);
        Assert.Null(certified.CertificateValidThrough);
        Assert.Equal("quy-dinh-124-2023", certified.CertificateRuleSetId);
        Assert.True(certified.Attendance.Single().Present);
        var absent = final.Enrolments.Single(e => e.MemberId == bình.Id);
        Assert.Equal(TrainingResult.Failed, absent.Result);
        Assert.Equal("Trực cấp cứu", absent.Attendance.Single().Reason);
        await using var read = services.CreateAsyncScope();
        var context = read.ServiceProvider.GetRequiredService<DangVuDbContext>();
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(TrainingEnrolment) && e.Action == "update", Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(TrainingAttendance), Cancel));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Refusals_OutsideTheOrganizer_SessionOfAnotherClass_CertificateBeforeTheEnd_StaleVersion_WriteNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var world = await TrainingWorld.CreateAsync(services);
        var inside = await world.MemberAsync("Trần Văn An", world.Internal, new(2000, 1, 10), new(2001, 1, 10));
        var outside = await world.MemberAsync("Phạm Văn Xa", world.School, new(2000, 1, 10), new(2001, 1, 10));
        var study = await world.ClassAsync(TrainingKind.ResolutionStudy, "Học tập Nghị quyết Trung ương 6", new(2008, 11, 3), new(2008, 11, 5), topic: "Nghị quyết Hội nghị Trung ương 6 khoá X");
        var other = await world.ClassAsync(TrainingKind.ReporterRefresher, "Bồi dưỡng báo cáo viên 2008", new(2008, 12, 1), new(2008, 12, 2));

        var refusedEnrol = await world.EnrolAsync(study, 0, [inside.Id, outside.Id]);
        var enrolled = await world.EnrolAsync(study, 0, [inside.Id]);
        var stale = await world.EnrolAsync(study, 0, [inside.Id]);
        var stored = await world.FindAsync(study.Id);
        var otherSession = (await world.FindAsync(other.Id)).Sessions[0];
        TrainingOutcome wrongSession;
        await using (var scope = services.CreateAsyncScope())
        {
            wrongSession = await scope.ServiceProvider.GetRequiredService<TrainingRecords>().AttendanceAsync(study.Id, 1, otherSession.Id, [stored.Enrolments[0].Id], null, Cancel);
        }

        var early = await world.ResultsAsync(stored, 1, new ResultEntry(stored.Enrolments[0].Id, TrainingResult.Passed, "1/GCN", new(2008, 11, 4)));

        Assert.Equal("Phạm Văn Xa không sinh hoạt trong Đảng bộ Bệnh viện, tổ chức mở lớp: chỉ ghi danh đảng viên thuộc tổ chức đó.", Assert.Single(refusedEnrol.Refusals));
        Assert.NotNull(enrolled.Class);
        Assert.True(stale.Conflict);
        Assert.Equal("Buổi học này không thuộc lớp: không điểm danh được.", Assert.Single(wrongSession.Refusals));
        Assert.Contains(early.Refusals, r => r.Contains("trước khi lớp kết thúc (05/11/2008)", StringComparison.Ordinal));
        var final = await world.FindAsync(study.Id);
        Assert.Equal(1, final.Version);
        Assert.Single(final.Enrolments);
        Assert.Empty(final.Enrolments[0].Attendance);
        Assert.Null(final.Enrolments[0].CertificateNumber);
    }
}
