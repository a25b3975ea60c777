using DangVu.Core.Organizations;
using DangVu.Data.Documents;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using Microsoft.Extensions.DependencyInjection;
using static DangVu.Data.Tests.Documents.RegisterFixture;

namespace DangVu.Data.Tests.Documents;

public sealed class DocumentSearchTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SearchAsync_EachFilter_FindsWhatItNames(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, bloc) = await TreeAsync(services);
        await RegisterAsync(services, province.Id, "509-TB-TU.txt");
        await RegisterAsync(services, province.Id, "945-CV-TU.txt");
        await RegisterAsync(services, bloc.Id, "12-NQ-DUK.txt");
        await RegisterAsync(services, province.Id, "14-2008-ND-CP.txt");

        Assert.Equal(["12-NQ/ĐUK", "509-TB/TU", "945-CV/TU", "14/2008/NĐ-CP"], await FindAsync(services, new()));
        Assert.Equal(["509-TB/TU"], await FindAsync(services, new(Symbol: "509 – tb")));
        Assert.Equal(["14/2008/NĐ-CP"], await FindAsync(services, new(Symbol: "nd-cp")));
        Assert.Equal(["945-CV/TU"], await FindAsync(services, new(TypeCode: "cv")));
        Assert.Equal(["12-NQ/ĐUK"], await FindAsync(services, new(Issuer: "dang uy khoi")));
        Assert.Equal(["509-TB/TU", "945-CV/TU"], await FindAsync(services, new(Issuer: "TỈNH UỶ")));
        Assert.Equal(["509-TB/TU", "945-CV/TU"], await FindAsync(services, new(From: new(2008, 4, 1), To: new(2008, 5, 22))));
        // Folded words, in any order and spelling: "thong bao" finds "Thông báo"; "uỷ" and "ủy" are one word.
        Assert.Equal(["509-TB/TU"], await FindAsync(services, new(Text: "thong bao")));
        Assert.Equal(["509-TB/TU"], await FindAsync(services, new(Text: "BỆNH THÀNH TÍCH")));
        Assert.Equal(["12-NQ/ĐUK"], await FindAsync(services, new(Text: "năm 2009")));
        Assert.Equal(["509-TB/TU"], await FindAsync(services, new(Text: "tinh uy thuong truc")));
        Assert.Empty(await FindAsync(services, new(Text: "100%")));
        Assert.Empty(await FindAsync(services, new(Text: "thong_bao")));
        Assert.Equal(["945-CV/TU"], await FindAsync(services, new(Symbol: "945", TypeCode: "CV", Issuer: "tinh", Text: "chuong trinh hanh dong")));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SearchAsync_PagesAndScope_CountAllAndShowOnlyTheSubtree(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, bloc) = await TreeAsync(services);
        await RegisterAsync(services, province.Id, "509-TB-TU.txt");
        await RegisterAsync(services, province.Id, "945-CV-TU.txt");
        await RegisterAsync(services, bloc.Id, "12-NQ-DUK.txt");
        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<DocumentQueries>();

        var second = await queries.SearchAsync(new(Page: 2, PageSize: 2), [OrganizationPath.Root], Cancel);
        var blocOnly = await queries.SearchAsync(new(), [bloc.Path], Cancel);

        Assert.Equal((3, 2, 2), (second.Total, second.Pages, second.Page));
        Assert.Equal("945-CV/TU", Assert.Single(second.Items).NumberSymbol);
        Assert.Equal("12-NQ/ĐUK", Assert.Single(blocOnly.Items).NumberSymbol);
        var seed = (await queries.SearchAsync(new(Symbol: "509"), [OrganizationPath.Root], Cancel)).Items.Single();
        Assert.Null(await queries.FindAsync(seed.Id, [bloc.Path], Cancel));
    }

    private static async Task<IReadOnlyList<string>> FindAsync(IServiceProvider services, DocumentSearch search)
    {
        await using var scope = services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<DocumentQueries>().SearchAsync(search, [OrganizationPath.Root], Cancel);
        Assert.Equal(page.Items.Count, page.Total);
        return page.Items.Select(item => item.NumberSymbol).ToList();
    }
}
