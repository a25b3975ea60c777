using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Members;

public sealed class MemberFileTests
{
    private static int _citizenIds;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task AddAsync_EveryFieldOfTheFile_IsStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);

        await using (var scope = services.CreateAsyncScope())
        {
            var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(new NewMember(
                "  Lê   Thị Hòa ", new DateOnly(1988, 4, 30), Gender.Female, cell.Id, new DateOnly(2012, 2, 3), new DateOnly(2013, 2, 3),
                Sector.Health, "AB 123", "060 088 001 234", "Tày", "Phan Thiết", YouthUnionMember: true, PoliticalCore: true,
                Religion: "Phật giáo", Education: "12/12", Profession: "Bác sĩ nội khoa", TheoryLevel: TheoryLevel.Intermediate,
                Position: "Trưởng khoa", TradeUnionMember: true), cancellationToken: Cancel);
            Assert.Empty(errors);
            Assert.NotNull(member);
        }

        var stored = await SingleAsync(services);
        Assert.Equal(
            ("Lê Thị Hoà", "Tày", "Phật giáo", "Phan Thiết", "12/12", "Bác sĩ nội khoa", "Trưởng khoa"),
            (stored.FullName, stored.Ethnicity, stored.Religion, stored.Hometown, stored.Education, stored.Profession, stored.Position));
        Assert.Equal((Sector.Health, TheoryLevel.Intermediate, true, true, true), (stored.Sector, stored.TheoryLevel, stored.YouthUnionMember, stored.TradeUnionMember, stored.PoliticalCore));
        Assert.Equal(("AB123", "060088001234"), (stored.CardNumber, stored.CitizenId));
        Assert.Equal(MemberStatus.Official, stored.Status);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_EveryEditableField_IsSavedWithANewVersionAndAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        var member = await AddAsync(services, cell, "Hồ Văn Sự", "CARD-1");
        var changes = FileOf(member) with
        {
            FullName = "Hồ Văn Sĩ",
            BirthDate = new DateOnly(1981, 2, 2),
            Gender = Gender.Female,
            Ethnicity = "Chăm",
            Religion = "Hồi giáo",
            Hometown = "Tuy Phong",
            Education = "12/12",
            Profession = "Kỹ sư thuỷ lợi",
            Sector = Sector.Enterprise,
            TheoryLevel = TheoryLevel.Advanced,
            Position = "Giám đốc",
            YouthUnionMember = true,
            TradeUnionMember = true,
            PoliticalCore = true,
            AdmittedOn = new DateOnly(2007, 6, 1),
            OfficialOn = new DateOnly(2008, 6, 1),
            CardNumber = "CARD-2",
            CitizenId = "060081002003",
        };

        var (updated, errors, conflict) = await UpdateAsync(services, member.Id, 0, changes);

        Assert.Empty(errors);
        Assert.False(conflict);
        Assert.NotNull(updated);
        var stored = await SingleAsync(services);
        Assert.Equal(changes, FileOf(stored));
        Assert.Equal(1, stored.Version);
        Assert.Equal("ho van si", stored.SearchKey);
        Assert.Equal((cell.Id, MemberStatus.Official), (stored.OrganizationId, stored.Status));
        Assert.Equal(new DateOnly(2007, 6, 1), stored.Events.Single(e => e.Kind == MemberEventKind.Admitted).On);
        Assert.Equal(new DateOnly(2008, 6, 1), stored.Events.Single(e => e.Kind == MemberEventKind.RecognizedOfficial).On);
        await using var scope = services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().AuditEntries
            .Where(e => e.Action == "update" && e.EntityType == nameof(PartyMember) && e.EntityId == member.Id.ToString())
            .SingleAsync(Cancel);
        Assert.Contains("\"Religion\":\"Hồi giáo\"", audit.Details, StringComparison.Ordinal);
        Assert.Contains("\"CitizenId\":\"***\"", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("060081002003", audit.Details, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_BadValues_AreRefusedByFieldInVietnameseAndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        await AddAsync(services, cell, "Phạm Thị Thuỷ", "TAKEN-1");
        var member = await AddAsync(services, cell, "Hồ Văn Sự", "CARD-1");
        var changes = FileOf(member) with
        {
            FullName = new string('a', 201),
            BirthDate = new DateOnly(2009, 1, 1),
            Ethnicity = " ",
            Education = new string('1', 33),
            Hometown = new string('x', 301),
            OfficialOn = new DateOnly(2007, 1, 1),
            CardNumber = "TAKEN-1",
            CitizenId = "06008100200",
        };

        var (updated, errors, conflict) = await UpdateAsync(services, member.Id, 0, changes);

        Assert.Null(updated);
        Assert.False(conflict);
        var byField = errors.ToDictionary(e => e.Field, e => e.Message);
        Assert.Equal("Họ và tên dài quá 200 ký tự.", byField[nameof(PartyMember.FullName)]);
        Assert.Equal("Ngày sinh phải trước ngày vào Đảng.", byField[nameof(PartyMember.BirthDate)]);
        Assert.Equal("Hãy nhập dân tộc.", byField[nameof(PartyMember.Ethnicity)]);
        Assert.Equal("Trình độ giáo dục phổ thông dài quá 32 ký tự.", byField[nameof(PartyMember.Education)]);
        Assert.Equal("Quê quán dài quá 300 ký tự.", byField[nameof(PartyMember.Hometown)]);
        Assert.Equal("Ngày chính thức phải sau ngày vào Đảng.", byField[nameof(PartyMember.OfficialOn)]);
        Assert.Equal("Số thẻ đảng viên TAKEN-1 đã có trong hồ sơ khác.", byField[nameof(PartyMember.CardNumber)]);
        Assert.Equal("Số căn cước công dân phải gồm đúng 12 chữ số.", byField[nameof(PartyMember.CitizenId)]);
        Assert.Equal(8, errors.Count);
        var stored = await FindAsync(services, member.Id);
        Assert.Equal((FileOf(member), 0), (FileOf(stored), stored.Version));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_CitizenIdOfAnotherFile_IsRefusedWithoutNamingIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        var first = await AddAsync(services, cell, "Phạm Thị Thuỷ", "CARD-1");
        var second = await AddAsync(services, cell, "Hồ Văn Sự", "CARD-2");
        Assert.Empty((await UpdateAsync(services, first.Id, 0, FileOf(first) with { CitizenId = "060081002003" })).Errors);

        var (updated, errors, _) = await UpdateAsync(services, second.Id, 0, FileOf(second) with { CitizenId = "060081002003" });

        Assert.Null(updated);
        var error = Assert.Single(errors);
        Assert.Equal((nameof(PartyMember.CitizenId), "Số căn cước công dân này đã có trong hồ sơ khác."), (error.Field, error.Message));
        Assert.Equal(second.CitizenId, (await FindAsync(services, second.Id)).CitizenId);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_StaleVersion_IsRefusedAsAConflictAndTheOtherEditStays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        var member = await AddAsync(services, cell, "Hồ Văn Sự", "CARD-1");

        var first = await UpdateAsync(services, member.Id, 0, FileOf(member) with { Hometown = "La Gi" });
        var second = await UpdateAsync(services, member.Id, 0, FileOf(member) with { Position = "Phó phòng" });

        Assert.Empty(first.Errors);
        Assert.True(second.Conflict);
        Assert.Null(second.Member);
        Assert.Equal("Hồ sơ của Hồ Văn Sự vừa được người khác thay đổi; hãy tải lại rồi làm lại.", Assert.Single(second.Errors).Message);
        var stored = await FindAsync(services, member.Id);
        Assert.Equal(("La Gi", null, 1), (stored.Hometown, stored.Position, stored.Version));
    }

    // The timeout turns a regression into a failure: a lost conflict once left the audit chain's lock taken, and the next save waited forever.
    [Theory(Timeout = 120_000)]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_ConcurrentSaveOfTheSameVersion_OnlyOneWinsAndLaterSavesWork(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        var member = await AddAsync(services, cell, "Hồ Văn Sự", "CARD-1");

        // Both contexts read version 0 before either saves: the concurrency token, not the in-memory check, decides.
        await using var scopeA = services.CreateAsyncScope();
        await using var scopeB = services.CreateAsyncScope();
        var contextA = scopeA.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var contextB = scopeB.ServiceProvider.GetRequiredService<DangVuDbContext>();
        await contextA.Members.Include(m => m.Events).SingleAsync(m => m.Id == member.Id, TestContext.Current.CancellationToken);
        await contextB.Members.Include(m => m.Events).SingleAsync(m => m.Id == member.Id, TestContext.Current.CancellationToken);
        var a = await scopeA.ServiceProvider.GetRequiredService<MemberRegistry>().UpdateAsync(member.Id, 0, FileOf(member) with { Hometown = "La Gi" }, TestContext.Current.CancellationToken);
        var b = await scopeB.ServiceProvider.GetRequiredService<MemberRegistry>().UpdateAsync(member.Id, 0, FileOf(member) with { Hometown = "Bắc Bình" }, TestContext.Current.CancellationToken);

        Assert.Empty(a.Errors);
        Assert.True(b.Conflict);
        Assert.Equal(("La Gi", 1), ((await FindAsync(services, member.Id)).Hometown, (await FindAsync(services, member.Id)).Version));
        var retried = await UpdateAsync(services, member.Id, 1, FileOf(member) with { Hometown = "Bắc Bình" });
        Assert.Empty(retried.Errors);
        Assert.Equal(("Bắc Bình", 2), ((await FindAsync(services, member.Id)).Hometown, (await FindAsync(services, member.Id)).Version));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_DatesThatWouldRewriteTheHistory_AreRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        var member = await AddAsync(services, cell, "Hồ Văn Sự", "CARD-1");
        var probationer = await AddAsync(services, cell, "Lý Thị Mai", "CARD-2", official: false);
        await using (var scope = services.CreateAsyncScope())
        {
            var (_, error, _) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>()
                .RecordEventAsync(member.Id, 0, MemberEventKind.Exempted, new DateOnly(2010, 1, 1), null, null, Cancel);
            Assert.Null(error);
        }

        var admittedAfterExemption = await UpdateAsync(services, member.Id, 1, FileOf(member) with { AdmittedOn = new DateOnly(2010, 6, 1), OfficialOn = new DateOnly(2011, 6, 1) });
        var officialRemoved = await UpdateAsync(services, member.Id, 1, FileOf(member) with { OfficialOn = null });
        var officialTyped = await UpdateAsync(services, probationer.Id, 0, FileOf(probationer) with { OfficialOn = new DateOnly(2009, 1, 1) });
        var future = await UpdateAsync(services, probationer.Id, 0, FileOf(probationer) with { AdmittedOn = new DateOnly(2999, 1, 1) });

        Assert.Contains("không khớp với quá trình trong hồ sơ", Assert.Single(admittedAfterExemption.Errors, e => e.Field == nameof(PartyMember.AdmittedOn)).Message, StringComparison.Ordinal);
        Assert.Contains("không xoá được", Assert.Single(officialRemoved.Errors, e => e.Field == nameof(PartyMember.OfficialOn)).Message, StringComparison.Ordinal);
        Assert.Contains("Công nhận chính thức", Assert.Single(officialTyped.Errors, e => e.Field == nameof(PartyMember.OfficialOn)).Message, StringComparison.Ordinal);
        Assert.Equal("Ngày vào Đảng không được ở tương lai.", Assert.Single(future.Errors, e => e.Field == nameof(PartyMember.AdmittedOn)).Message);
        Assert.Equal(new DateOnly(2008, 1, 1), (await FindAsync(services, member.Id)).Events.Single(e => e.Kind == MemberEventKind.Admitted).On);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_NothingChanged_KeepsTheVersionAndWritesNoAuditEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        var member = await AddAsync(services, cell, "Hồ Văn Sự", "CARD-1");
        var entriesBefore = await AuditCountAsync(services);

        var (updated, errors, _) = await UpdateAsync(services, member.Id, 0, FileOf(member) with { Hometown = "  Phan   Thiết " });

        Assert.Empty(errors);
        Assert.Equal(0, updated!.Version);
        Assert.Equal(entriesBefore, await AuditCountAsync(services));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordEventAsync_Recognition_SetsTheOfficialDateOfTheFile(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var cell = await CellAsync(services);
        var probationer = await AddAsync(services, cell, "Lý Thị Mai", "CARD-2", official: false);

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MemberRegistry>()
                .RecordEventAsync(probationer.Id, 0, MemberEventKind.RecognizedOfficial, new DateOnly(2009, 1, 1), null, null, Cancel);
        }

        var stored = await FindAsync(services, probationer.Id);
        Assert.Equal((new DateOnly(2009, 1, 1), MemberStatus.Official), (stored.OfficialOn, stored.Status));
        var corrected = await UpdateAsync(services, probationer.Id, 1, FileOf(stored) with { OfficialOn = new DateOnly(2009, 2, 1) });
        Assert.Empty(corrected.Errors);
    }

    private static MemberFileChanges FileOf(PartyMember member) => new(
        member.FullName, member.BirthDate, member.Gender, member.Ethnicity, member.Religion, member.Hometown, member.Education,
        member.Profession, member.Sector, member.TheoryLevel, member.Position, member.YouthUnionMember, member.TradeUnionMember,
        member.PoliticalCore, member.AdmittedOn, member.OfficialOn, member.CardNumber, member.CitizenId);

    private static async Task<(PartyMember? Member, IReadOnlyList<MemberFileError> Errors, bool Conflict)> UpdateAsync(
        ServiceProvider services, Guid id, int version, MemberFileChanges changes)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MemberRegistry>().UpdateAsync(id, version, changes, Cancel);
    }

    private static async Task<int> AuditCountAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().AuditEntries.CountAsync(Cancel);
    }

    private static async Task<PartyMember> FindAsync(ServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MemberQueries>().FindAsync(id, Cancel))!;
    }

    private static async Task<PartyMember> SingleAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Members.Select(m => m.Id).SingleAsync(Cancel);
        return (await scope.ServiceProvider.GetRequiredService<MemberQueries>().FindAsync(id, Cancel))!;
    }

    private static async Task<PartyMember> AddAsync(ServiceProvider services, PartyOrganization cell, string name, string card, bool official = true)
    {
        await using var scope = services.CreateAsyncScope();
        var (member, errors) = await scope.ServiceProvider.GetRequiredService<MemberRegistry>().AddAsync(
            new NewMember(name, new DateOnly(1980, 1, 1), Gender.Male, cell.Id, new DateOnly(2008, 1, 1), official ? new DateOnly(2009, 1, 1) : null,
                CardNumber: card, CitizenId: $"06008{Interlocked.Increment(ref _citizenIds):D7}", Hometown: "Phan Thiết"), cancellationToken: Cancel);
        return member ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    private static async Task<PartyOrganization> CellAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        return (await restructuring.CreateAsync(new("Chi bộ A", OrganizationKind.GrassrootsCell, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
    }
}
