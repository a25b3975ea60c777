using System.Text;
using DangVu.Core.Organizations;
using DangVu.Data.Import;
using DangVu.Data.Infrastructure;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Import;

public sealed class OrganizationImportTests
{
    private const string Header = "Tên tổ chức,Loại tổ chức,Loại hình,Tổ chức cấp trên,Ngày thành lập,Số quyết định";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_RowsUnderExistingAndEarlierRows_CreateTheSubtreeWithItsDecisions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var province = await ProvinceAsync(services);
        var csv = $"""
            {Header}
            Đảng bộ Bệnh viện Đa khoa,Đảng bộ cơ sở,Đơn vị sự nghiệp,tinh uy binh thuan,1/7/2008,125-QĐ/TU
            Chi bộ Khoa Nhi,Chi bộ trực thuộc,Đơn vị sự nghiệp,Đảng bộ Bệnh viện Đa khoa,2/7/2008,
            """;

        var report = await ImportAsync(services, csv, commit: true);

        Assert.True(report.Saved, string.Join("; ", report.Problems));
        await using var scope = services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<OrganizationQueries>().CurrentAsync([province.Path], Cancel);
        var hospital = tree.Single(o => o.Name == "Đảng bộ Bệnh viện Đa khoa");
        var cell = tree.Single(o => o.Name == "Chi bộ Khoa Nhi");
        Assert.Equal(province.Id, hospital.ParentId);
        Assert.Equal(hospital.Id, cell.ParentId);
        var change = await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().OrganizationChanges.SingleAsync(c => c.OrganizationId == hospital.Id, Cancel);
        Assert.Equal(("125-QĐ/TU", new DateOnly(2008, 7, 1)), (change.DecisionNumber, change.EffectiveOn));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_BadRows_AreNamedAndNothingIsCreated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await ProvinceAsync(services);
        var csv = $"""
            {Header}
            Đảng bộ Tốt,Đảng bộ cơ sở,,Tỉnh uỷ Bình Thuận,1/7/2008,
            Chi bộ Lạc,Chi bộ trực thuộc,,Đảng bộ Không Có,1/7/2008,
            Chi bộ Sai Loại,Tổ dân phố,,Đảng bộ Tốt,1/7/2008,
            Chi bộ Sai Cấp,Tỉnh uỷ,,Đảng bộ Tốt,1/7/2008,
            Chi bộ Sai Ngày,Chi bộ trực thuộc,,Đảng bộ Tốt,30/2/2008,
            """;

        var report = await ImportAsync(services, csv, commit: true);

        var lines = report.Problems.Select(p => p.ToString()).ToList();
        Assert.False(report.Saved);
        Assert.Contains(lines, l => l.StartsWith("Dòng 3, cột “Tổ chức cấp trên”: không có tổ chức “Đảng bộ Không Có”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Dòng 4, cột “Loại tổ chức”: ghi một trong: Tỉnh uỷ,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Dòng 5, cột “Tên tổ chức”: Đảng bộ cơ sở không thể có tỉnh uỷ trực thuộc", StringComparison.Ordinal));
        Assert.Contains("Dòng 6, cột “Ngày thành lập”: “30/2/2008” không phải ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 22/05/1980).", lines);
        Assert.Equal(4, report.ProblemCount);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Organizations.CountAsync(Cancel));
    }

    private static async Task<ImportReport> ImportAsync(ServiceProvider services, string csv, bool commit)
    {
        await using var scope = services.CreateAsyncScope();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<OrganizationImport>()
            .RunAsync(file, new ImportRequest("to-chuc.csv", [OrganizationPath.Root], commit), Cancel);
    }

    private static async Task<PartyOrganization> ProvinceAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().CreateAsync(
            new("Tỉnh uỷ Bình Thuận", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), new Decision(new DateOnly(1989, 7, 1)), Cancel)).Organization!;
    }
}
