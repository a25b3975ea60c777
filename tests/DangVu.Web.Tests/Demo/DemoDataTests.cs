using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Infrastructure;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Accounts;
using DangVu.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Demo;

public sealed class DemoDataTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serve_WithoutDemo_CreatesNoDemoAccounts()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Users.Select(u => new { u.UserName, u.IsSynthetic }).ToListAsync(Cancel);
        Assert.Equal([AccountService.FirstAdminUserName], users.Select(u => u.UserName));
        Assert.DoesNotContain(users, u => u.IsSynthetic);
        Assert.Null(factory.Notices.Demo);
    }

    [Fact]
    public async Task Seed_NewDatabase_FourRolesShareOnePasswordNeedingNoChange_PrintedAgainAtTheNextStart()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();
        // A demo account left by an older demo run, with its own one-time password: it joins the shared one.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (old, _) = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("kiemtra", "Lê Đức Anh", Role.Inspection, isSynthetic: true);
            Assert.NotNull(old);
        }

        var first = await SeedAsync(factory);
        var second = await SeedAsync(factory);

        Assert.Equal(["vanphong", "bithu", "kiemtra", "dangvien", "dangvien2"], first.Accounts.Select(a => a.UserName));
        Assert.Equal([Role.Office, Role.Secretary, Role.Inspection, Role.Member, Role.Member], first.Accounts.Select(a => a.Role));
        Assert.Equal(DemoOrganizations.HospitalName, first.Accounts[1].Reach);
        Assert.DoesNotContain(first.Accounts, a => a.PasswordChanged);
        Assert.Equal(16, first.Password.Length);
        Assert.Equal(first.Password, second.Password);
        foreach (var account in first.Accounts)
        {
            using var client = SignedInClient.Anonymous(factory);
            var signIn = await SignedInClient.PostFormAsync(client, "/dang-nhap", new()
            {
                ["Input.UserName"] = account.UserName,
                ["Input.Password"] = first.Password,
            });
            Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var users = await check.ServiceProvider.GetRequiredService<DangVuDbContext>().Users.ToListAsync(Cancel);
        Assert.Equal(6, users.Count);
        Assert.All(users.Where(u => u.UserName != AccountService.FirstAdminUserName), u => Assert.True(u.IsSynthetic && !u.MustChangePassword));
        // The real administrator's one-time password must still be changed.
        Assert.True(users.Single(u => u.UserName == AccountService.FirstAdminUserName).MustChangePassword);
        // The members and the secretary are linked to their own member files; the office and inspection are not members here.
        Assert.Equal(["bithu", "dangvien", "dangvien2"], users.Where(u => u.MemberId is not null).Select(u => u.UserName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Seed_NewDatabase_GivesTheHospitalCellsAYearOfMeetingsWithEachFlag_AndTheMemberANextMeetingWithDocuments()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();

        await SeedAsync(factory);
        await SeedAsync(factory);

        await using var scope = factory.Services.CreateAsyncScope();
        var hospital = await scope.ServiceProvider.GetRequiredService<DemoOrganizations>().PathOfAsync(DemoOrganizations.HospitalName, Cancel);
        var today = DangVu.Core.Text.VietnameseDates.Today(TimeProvider.System);
        var review = await scope.ServiceProvider.GetRequiredService<DangVu.Data.Meetings.MeetingOversight>()
            .ReviewAsync([hospital], today.AddYears(-1), today, today, Cancel);
        var flags = review.Cells.SelectMany(c => c.Flags).Select(f => f.Kind).ToHashSet();
        Assert.Equal(4, review.Cells.Count);
        Assert.All(review.Cells, c => Assert.True(c.Recorded));
        Assert.Contains(DangVu.Core.Meetings.MeetingFlagKind.SkippedMonth, flags);
        Assert.Contains(DangVu.Core.Meetings.MeetingFlagKind.NoThematicMeeting, flags);
        Assert.Contains(DangVu.Core.Meetings.MeetingFlagKind.LateDocuments, flags);
        Assert.Contains(DangVu.Core.Meetings.MeetingFlagKind.LowAttendance, flags);
        Assert.Contains(DangVu.Core.Meetings.MeetingFlagKind.ShortMeeting, flags);
        Assert.Equal(["Chi bộ Khoa Ngoại", "Chi bộ Phòng Điều dưỡng"], review.WeakCells.Select(c => c.Name));
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var member = (await context.Users.SingleAsync(u => u.UserName == "dangvien", Cancel)).MemberId!.Value;
        var (upcoming, history) = await scope.ServiceProvider.GetRequiredService<DangVu.Data.Meetings.MeetingQueries>().ForMemberAsync(member, today, Cancel);
        Assert.Equal(2, Assert.Single(upcoming).Meeting.Documents.Count);
        Assert.True(history.Count >= 11);
    }

    [Fact]
    public async Task Seed_DatabaseWithRealData_IsRefusedInVietnameseAndGetsNoDemoData()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().CreateAsync(
                new NewOrganization("Tỉnh uỷ Thật", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), new Decision(new DateOnly(2005, 1, 1)), Cancel);
        }

        var refusal = await Assert.ThrowsAsync<DatabaseTargetException>(() => SeedAsync(factory));

        Assert.Contains("không thêm dữ liệu mẫu hay tài khoản mẫu", refusal.Message, StringComparison.Ordinal);
        await using var check = factory.Services.CreateAsyncScope();
        var context = check.ServiceProvider.GetRequiredService<DangVuDbContext>();
        Assert.False(await context.Users.AnyAsync(u => u.IsSynthetic, Cancel));
        Assert.Equal(1, await context.Organizations.CountAsync(Cancel));
        Assert.False(await context.Members.AnyAsync(Cancel));
    }

    [Fact]
    public async Task Seed_NewDatabase_PutsAdmissionCasesWithEachKindOfAlertInTheHospital()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();

        await SeedAsync(factory);
        await SeedAsync(factory);

        await using var scope = factory.Services.CreateAsyncScope();
        var hospital = await scope.ServiceProvider.GetRequiredService<DemoOrganizations>().PathOfAsync(DemoOrganizations.HospitalName, Cancel);
        var cases = await scope.ServiceProvider.GetRequiredService<DangVu.Data.Admission.AdmissionQueries>().ListAsync([hospital], cancellationToken: Cancel);
        Assert.Equal(5, cases.Count);
        Assert.All(cases, c => Assert.True(c.Case.IsSynthetic));
        var alerts = cases.SelectMany(c => c.Alerts).Select(a => a.Kind).ToHashSet();
        Assert.Contains(DangVu.Core.Admission.AdmissionAlertKind.CeremonyOverdue, alerts);
        Assert.Contains(DangVu.Core.Admission.AdmissionAlertKind.CertificateExpiring, alerts);
        Assert.Contains(DangVu.Core.Admission.AdmissionAlertKind.ProbationEnding, alerts);
        Assert.Equal(2, cases.Count(c => c.Case.MemberId is not null));
    }

    [Fact]
    public async Task Seed_NewDatabase_RegistersTheNoticeWithACitationGraphOfLinksAndPlaceholders()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();

        await SeedAsync(factory);
        await SeedAsync(factory);

        await using var scope = factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<DangVu.Data.Documents.DocumentQueries>();
        var all = await queries.SearchAsync(new(), [OrganizationPath.Root], Cancel);
        Assert.Equal(["12-NQ/ĐUK", "509-TB/TU", "945-CV/TU", "14/2008/NĐ-CP"], all.Items.Select(d => d.NumberSymbol));
        var notice = await queries.FindAsync(all.Items.Single(d => d.NumberSymbol == "509-TB/TU").Id, [OrganizationPath.Root], Cancel);
        Assert.False(notice!.Document.IsSynthetic);
        Assert.Equal(8, notice.Document.Tasks.Count);
        Assert.Equal(["945-CV/TU", "14/2008-NĐ/CP"], notice.Cites.Where(c => c.Cited is not null).Select(c => c.Citation.NumberSymbol));
        Assert.Equal(5, notice.Cites.Count(c => c.IsPlaceholder));
        var resolution = await queries.FindAsync(all.Items.Single(d => d.NumberSymbol == "12-NQ/ĐUK").Id, [OrganizationPath.Root], Cancel);
        // The resolution and the notice wait for the same directive and plan.
        Assert.Contains(resolution!.Cites, c => c.IsPlaceholder && c.Citation.NumberSymbol == "10-CT/TW");
        Assert.Contains(resolution.Cites, c => c.IsPlaceholder && c.Citation.NumberSymbol == "20-KH/TU");
    }

    [Fact]
    public async Task Seed_NewDatabase_PutsThe2025ReviewWithTheHospitalOverTheCapByAnAuditedOverride()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var factory = new DangVuAppFactory(database);
        factory.StartAndGetAdminPassword();

        await SeedAsync(factory);

        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var period = await context.ReviewPeriods.SingleAsync(Cancel);
        var hospital = await context.Organizations.SingleAsync(o => o.Name == DemoOrganizations.HospitalName, Cancel);
        var cap = await scope.ServiceProvider.GetRequiredService<DangVu.Data.Reviews.ReviewCaps>()
            .OfAsync(period.Id, hospital.Id, DangVu.Core.Rules.RuleBook.Default.On(period.CoversTo), Cancel);
        Assert.True(period.IsSynthetic);
        Assert.True(cap.Decided.IsOver);
        Assert.Equal((3, 10), (cap.Decided.Excellent, cap.Decided.Good));
        Assert.Single(await context.MemberReviews.Where(r => r.PeriodId == period.Id && r.OverrideReason != null).ToListAsync(Cancel));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.Action == DangVu.Data.Reviews.MemberReviewWorkflow.CapOverrideAction, Cancel));
        var own = await context.MemberReviews.SingleAsync(r => r.PeriodId == period.Id && r.FullName == DemoReviews.DemoMemberName, Cancel);
        Assert.Null(own.SelfReviewedOn);
        // The demo member's account is linked to the member file the review is of.
        Assert.Equal(own.MemberId, await context.Users.Where(u => u.UserName == "dangvien").Select(u => u.MemberId).SingleAsync(Cancel));
    }

    private static async Task<(IReadOnlyList<DemoAccount> Accounts, string Password)> SeedAsync(DangVuAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(factory.Notices, Cancel);
        return factory.Notices.Demo ?? throw new InvalidOperationException("No demo accounts were announced.");
    }
}
