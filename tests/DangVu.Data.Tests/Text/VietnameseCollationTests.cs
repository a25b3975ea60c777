using DangVu.Core.Text;
using DangVu.Data.Accounts;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Text;

public sealed class VietnameseCollationTests
{
    private static readonly string[] Names =
    [
        "Nguyễn Văn Hoà", "Trần Thị An", "Lê Đức", "Phạm Văn Dũng", "Nguyễn Thị Ăn", "Đỗ Thị Ấn", "Vũ Văn Bình",
        "Hồ Thị Hoa", "Ngô Văn Dung", "Bùi Thị Yến", "Đặng Văn Ưng", "Trịnh Thị Ơn", "Lý Văn On", "Mai Thị Ôn",
        "Lê Hoà", "Trần Hoa", "Bùi Hoa", "Nguyễn Văn Hoá",
    ];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task OrderBySortName_InDatabase_MatchesVietnameseNameOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        foreach (var name in Names)
        {
            context.Users.Add(new AppUser { FullName = name, UserName = $"u{Guid.NewGuid():N}" });
        }

        await context.SaveChangesAsync(TestContext.Current.CancellationToken);

        var fromDatabase = await context.Users.AsNoTracking().OrderBy(u => u.GivenName).ThenBy(u => u.SortName).Select(u => u.FullName)
            .ToListAsync(TestContext.Current.CancellationToken);
        var expected = Names.Order(PersonNames.Comparer).ToList();
        Assert.Equal(expected, fromDatabase);
        // Given names first, Vietnamese letters in their own places: Ăn after An, Đức after Dũng and Dung.
        Assert.Equal(["Trần Thị An", "Nguyễn Thị Ăn", "Đỗ Thị Ấn", "Vũ Văn Bình"], fromDatabase.Take(4));
        Assert.True(fromDatabase.IndexOf("Lê Đức") > fromDatabase.IndexOf("Phạm Văn Dũng"));
        // People who share a given name stay together, whatever their family names: Hoa, Hoa, Hoa, Hoà, Hoá.
        var hoa = fromDatabase.SkipWhile(name => !name.EndsWith(" Hoa", StringComparison.Ordinal)).Take(6).ToList();
        Assert.Equal(["Bùi Hoa", "Hồ Thị Hoa", "Trần Hoa", "Lê Hoà", "Nguyễn Văn Hoà", "Nguyễn Văn Hoá"], hoa);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SearchKeyRange_FoldedPrefix_FindsEveryToneSpelling(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        context.Users.AddRange(
            new AppUser { FullName = "Nguyễn Văn Hòa", UserName = "a1" },
            new AppUser { FullName = "Nguyễn Văn Hoà", UserName = "a2" },
            new AppUser { FullName = "Nguyễn Văn Hoan", UserName = "a3" },
            new AppUser { FullName = "Nguyên Văn Hoa", UserName = "a4" },
            new AppUser { FullName = "Trần Văn Hoà", UserName = "a5" });
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);

        var key = VietnameseText.SearchKey("NGUYEN VAN HOA");
        var upper = key + '\uffff';
#pragma warning disable CA1309 // Translated to SQL on purpose: a range on the folded key.
        var found = await context.Users.Where(u => string.Compare(u.SearchKey, key) >= 0 && string.Compare(u.SearchKey, upper) < 0)
#pragma warning restore CA1309
            .Select(u => u.UserName).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["a1", "a2", "a3", "a4"], found);
    }
}
