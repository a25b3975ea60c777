using System.Globalization;
using System.Text;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Data.Audit;
using DangVu.Data.Import;
using DangVu.Data.Infrastructure;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using DangVu.Data.Statistics;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Import;

public sealed class MemberImportTests
{
    private const string Header = "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Số thẻ đảng viên,Số CCCD,Ngành,Chi bộ";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_GoodCsv_SavesEveryMemberWithHistoryAndOneAuditEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await CreateCellsAsync(services);
        var csv = $"""
            {Header}
            Nguyễn Văn Hoà,22/05/1980,Nam,3/2/2005,03/02/2006,100001,079080000001,Y tế,Chi bộ Khoa Nội
            Trần Thị Thuỷ,1985-07-01,nữ,1/1/2010,,100002,,,chi bo khoa noi
            """;

        var report = await ImportAsync(services, csv, commit: true);

        Assert.True(report.Saved, string.Join("; ", report.Problems));
        Assert.Equal(2, report.RowsRead);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var members = await context.Members.Include(m => m.Events).OrderBy(m => m.CardNumber).ToListAsync(Cancel);
        Assert.Equal(["Nguyễn Văn Hoà", "Trần Thị Thuỷ"], members.Select(m => m.FullName));
        Assert.Equal(MemberStatus.Official, members[0].Status);
        Assert.Equal(Sector.Health, members[0].Sector);
        Assert.Equal(new DateOnly(2006, 2, 3), members[0].OfficialOn);
        Assert.Equal("079080000001", members[0].CitizenId);
        Assert.Equal(MemberStatus.Probationary, members[1].StatusOn(new DateOnly(2010, 6, 1)));
        Assert.Equal(Gender.Female, members[1].Gender);
        Assert.Equal("hoa", members[0].GivenNameKey);
        Assert.Equal(members[0].OrganizationId, members[0].OrganizationOn(new DateOnly(2005, 2, 3)));
        Assert.Equal(3, members.Sum(m => m.Events.Count));
        Assert.Equal(1, await context.AuditEntries.CountAsync(e => e.Action == MemberImport.AuditAction, Cancel));
        var (broken, _) = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(Cancel);
        Assert.Null(broken);
        Assert.Empty(await MemberCounters.VerifyAsync(context, Cancel));
        Assert.Equal(2, (await scope.ServiceProvider.GetRequiredService<MemberStatistics>().ForSubtreeAsync([OrganizationPath.Root], new DateOnly(2026, 1, 1), Cancel)).OnRolls);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_Preview_ReportsWhatWouldBeImportedAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await CreateCellsAsync(services);

        var report = await ImportAsync(services, $"{Header}\nLê Văn Tám,1/1/1970,Nam,1/1/1995,1/1/1996,,,,Chi bộ Khoa Nội\n", commit: false);

        Assert.False(report.HasProblems);
        Assert.False(report.Saved);
        Assert.Equal("Lê Văn Tám", Assert.Single(report.Preview).Name);
        Assert.Equal(1, report.ByOrganization["Chi bộ Khoa Nội"]);
        Assert.Equal(0, await CountAsync(services));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_BadRows_NameRowAndColumnInVietnameseAndWriteNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await CreateCellsAsync(services);
        await ImportAsync(services, $"{Header}\nĐã Có Sẵn,1/1/1970,Nam,1/1/1995,,555,,,Chi bộ Khoa Nội\n", commit: true);
        var csv = $"""
            {Header}
            Ngày Sai,31/02/1980,Nam,1/1/2005,,,,,Chi bộ Khoa Nội
            Không Có Chi Bộ,1/1/1980,Nam,1/1/2005,,,,,Chi bộ Mặt Trăng
            Thẻ Trùng Một,1/1/1980,Nam,1/1/2005,,777,,,Chi bộ Khoa Nội
            Thẻ Trùng Hai,1/1/1980,Nam,1/1/2005,,777,,,Chi bộ Khoa Nội
            Thẻ Đã Có,1/1/1980,Nam,1/1/2005,,555,,,Chi bộ Khoa Nội
            Căn Cước Sai,1/1/1980,Khác,1/1/2005,1/1/2004,,12345,Vũ trụ,Chi bộ Khoa Nội
            {new string('A', 201)},1/1/1980,Nam,1/1/2005,,,,,Chi bộ Khoa Nội
            Ngày Tương Lai,1/1/1980,Nam,1/1/2099,,,,,Chi bộ Khoa Nội
            """;

        var report = await ImportAsync(services, csv, commit: true);

        Assert.False(report.Saved);
        var lines = report.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("Dòng 2, cột “Ngày sinh”: “31/02/1980” không phải ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 22/05/1980).", lines);
        Assert.Contains(lines, l => l.StartsWith("Dòng 3, cột “Chi bộ”: không có chi bộ “Chi bộ Mặt Trăng”", StringComparison.Ordinal));
        Assert.Contains("Dòng 5, cột “Số thẻ đảng viên”: Số thẻ đảng viên 777 trùng với dòng 4.", lines);
        Assert.Contains(lines, l => l.StartsWith("Dòng 6, cột “Số thẻ đảng viên”: Số thẻ đảng viên 555 đã có", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Dòng 7, cột “Giới tính”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Dòng 7, cột “Ngành”", StringComparison.Ordinal));
        Assert.Contains("Dòng 7, cột “Số CCCD”: Số căn cước công dân phải gồm đúng 12 chữ số.", lines);
        Assert.Contains("Dòng 7, cột “Ngày chính thức”: Ngày chính thức phải sau ngày vào Đảng.", lines);
        Assert.Contains("Dòng 8, cột “Họ và tên”: Họ và tên dài quá 200 ký tự.", lines);
        Assert.Contains("Dòng 9, cột “Ngày vào Đảng”: Ngày vào Đảng không được ở tương lai.", lines);
        Assert.Equal(1, await CountAsync(services));
    }

    [Theory]
    [InlineData("", "Tệp rỗng")]
    [InlineData("Họ và tên,Ngày sinh\nA,1/1/1980\n", "thiếu cột “Giới tính”, “Ngày vào Đảng”, “Chi bộ”")]
    [InlineData("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Chi bộ,Lương\n", "có cột không thuộc mẫu “Lương”")]
    [InlineData("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Chi bộ\n", "không có đảng viên nào")]
    [InlineData("Họ và tên,\"Ngày sinh\n", "Tệp CSV hỏng")]
    public async Task RunAsync_FileThatIsNotTheTemplate_GetsOneClearMessage(string content, string expected)
    {
        var report = await ImportOnSqliteAsync(Encoding.UTF8.GetBytes(content));

        Assert.False(report.Saved);
        Assert.Contains(expected, Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BinaryOrBrokenOrNonUtf8Files_AreRefusedWithAMessage()
    {
        var picture = await ImportOnSqliteAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var brokenZip = await ImportOnSqliteAsync([.. "PK\u0003\u0004"u8, .. new byte[200]]);
        var latin1 = await ImportOnSqliteAsync(Encoding.Latin1.GetBytes("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Chi bộ\nNguy\u00ean,1/1/1980,Nam,1/1/2000,X\n".Replace("ọ", "o", StringComparison.Ordinal).Replace("à", "a", StringComparison.Ordinal)));

        Assert.Contains("không phải bảng tính", Assert.Single(picture.Problems).Message, StringComparison.Ordinal);
        Assert.Contains("Không đọc được tệp Excel", Assert.Single(brokenZip.Problems).Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", latin1.Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_Xlsx_ReadsTextDatesAndFlagsFromTheWorkbook(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await CreateCellsAsync(services);
        using var file = new MemoryStream();
        using (var writer = SheetWriter.Create(file, SheetFormat.Xlsx))
        {
            writer.StartSheet("Đảng viên", MemberColumns.Sheet);
            var cells = new object?[MemberColumns.Sheet.Count];
            cells[0] = "Phạm Thị Hoà";
            cells[1] = new DateOnly(1979, 12, 31);
            cells[2] = "Nữ";
            cells[9] = "Trung cấp";
            cells[11] = true;
            cells[14] = new DateOnly(2001, 9, 2);
            cells[18] = "Chi bộ Khoa Nội";
            writer.WriteRow(cells);
        }

        file.Position = 0;
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<MemberImport>()
            .RunAsync(file, new ImportRequest("a.xlsx", [OrganizationPath.Root], Commit: true), Cancel);

        Assert.True(report.Saved, string.Join("; ", report.Problems));
        var member = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Members.SingleAsync(Cancel);
        Assert.Equal(new DateOnly(1979, 12, 31), member.BirthDate);
        Assert.Equal(TheoryLevel.Intermediate, member.TheoryLevel);
        Assert.True(member.YouthUnionMember);
        Assert.Equal(new DateOnly(2001, 9, 2), member.AdmittedOn);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_HundredThousandRowsWithTheLastOneBad_LeavesTheDatabaseExactlyAsItWas(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await CreateCellsAsync(services);
        await ImportAsync(services, $"{Header}\nĐã Có Sẵn,1/1/1970,Nam,1/1/1995,,1,,,Chi bộ Khoa Nội\n", commit: true);
        var before = await SnapshotAsync(services);
        var csv = new StringBuilder(Header).Append('\n');
        for (var index = 0; index < 100_000; index++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Nguyễn Văn Số {index},1/1/1980,Nam,1/1/2005,1/1/2006,{1_000_000 + index},,,Chi bộ Khoa Nội\n");
        }

        csv.Append("Dòng Cuối Sai,1/1/1980,Nam,không biết,,,,,Chi bộ Khoa Nội\n");

        var report = await ImportAsync(services, csv.ToString(), commit: true);

        Assert.Equal(100_001, report.RowsRead);
        Assert.Equal("Dòng 100002, cột “Ngày vào Đảng”: “không biết” không phải ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 22/05/1980).", Assert.Single(report.Problems).ToString());
        Assert.False(report.Saved);
        Assert.Equal(before, await SnapshotAsync(services));
        await using var scope = services.CreateAsyncScope();
        Assert.Empty(await MemberCounters.VerifyAsync(scope.ServiceProvider.GetRequiredService<DangVuDbContext>(), Cancel));
    }

    private static async Task<(int Members, int Events, int Audit)> SnapshotAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        return (await context.Members.CountAsync(Cancel), await context.Set<MemberEventRecord>().CountAsync(Cancel), await context.AuditEntries.CountAsync(Cancel));
    }

    private static async Task<int> CountAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Members.CountAsync(Cancel);
    }

    private static async Task<ImportReport> ImportOnSqliteAsync(byte[] content)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = database.BuildServices();
        await using var scope = services.CreateAsyncScope();
        using var file = new MemoryStream(content);
        return await scope.ServiceProvider.GetRequiredService<MemberImport>()
            .RunAsync(file, new ImportRequest("tệp", [OrganizationPath.Root], Commit: true), Cancel);
    }

    private static async Task<ImportReport> ImportAsync(ServiceProvider services, string csv, bool commit)
    {
        await using var scope = services.CreateAsyncScope();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<MemberImport>()
            .RunAsync(file, new ImportRequest("danh-sach.csv", [OrganizationPath.Root], commit), Cancel);
    }

    private static async Task CreateCellsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(1990, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var committee = (await restructuring.CreateAsync(new("Đảng uỷ Bệnh viện", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, province.Id), founded, Cancel)).Organization!;
        await restructuring.CreateAsync(new("Chi bộ Khoa Nội", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded, Cancel);
    }
}
