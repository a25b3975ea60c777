using DangVu.Core.Audit;
using DangVu.Data.Accounts;
using DangVu.Data.Audit;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Audit;

public sealed class AuditLogTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SaveChangesAsync_AddUpdateDelete_EachAppendsAChainedEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();

        var user = await AddUserAsync(services, "Nguyễn Văn Hoà");
        await WithContextAsync(services, async context =>
        {
            var stored = await context.Users.SingleAsync(u => u.Id == user.Id, Cancel);
            stored.FullName = "Nguyễn Văn Hoà Bình";
            await context.SaveChangesAsync(Cancel);
            context.Users.Remove(stored);
            await context.SaveChangesAsync(Cancel);
        });

        await WithContextAsync(services, async context =>
        {
            var entries = await context.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Cancel);
            Assert.Equal(["create", "update", "delete"], entries.Select(e => e.Action));
            Assert.All(entries, e => Assert.Equal(user.Id.ToString(), e.EntityId));
            Assert.Contains("Hoà Bình", entries[1].Details, StringComparison.Ordinal);
            Assert.DoesNotContain("PasswordHash\":\"AQ", entries[0].Details, StringComparison.Ordinal);
            Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
            var head = await context.AuditHeads.SingleAsync(Cancel);
            Assert.Equal((3L, entries[2].Hash), (head.Sequence, head.Hash));
        });
        var (broken, checkedCount) = await VerifyAsync(services);
        Assert.Null(broken);
        Assert.Equal(3, checkedCount);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task VerifyAsync_RowEditedBySql_NamesThatRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        for (var index = 0; index < 4; index++)
        {
            await AddUserAsync(services, $"Trần Thị Thuỷ {index}");
        }

        await database.ExecuteAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'intruder' WHERE \"Sequence\" = 3");

        var (broken, _) = await VerifyAsync(services);
        Assert.NotNull(broken);
        Assert.Equal((AuditBreakKind.Changed, 3L), (broken.Kind, broken.Sequence));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task VerifyAsync_RowsDeletedBySql_ReportsTheGap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        for (var index = 0; index < 5; index++)
        {
            await AddUserAsync(services, $"Lê Văn Dũng {index}");
        }

        await database.ExecuteAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2");
        var middle = await VerifyAsync(services);
        await database.ExecuteAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" >= 1");

        Assert.Equal((AuditBreakKind.Deleted, 3L), (middle.Break?.Kind, middle.Break?.Sequence));
        var all = await VerifyAsync(services);
        Assert.Equal((AuditBreakKind.Deleted, 1L), (all.Break?.Kind, all.Break?.Sequence));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task VerifyAsync_ForgedRowAppendedBySql_ReportsInsertion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        await AddUserAsync(services, "Phạm Đức Anh");
        var last = await WithContextAsync(services, context => context.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Cancel));
        var forged = new AuditRecord(last.Sequence + 1, last.OccurredAt, "intruder", "delete", null, null, null, last.Hash);

        await database.ExecuteAsync(
            "INSERT INTO \"AuditEntries\" (\"Sequence\", \"OccurredAt\", \"Actor\", \"Action\", \"PreviousHash\", \"Hash\") " +
            $"VALUES ({forged.Sequence}, '{forged.OccurredAt:yyyy-MM-dd HH:mm:ss.ffffff}+00:00', 'intruder', 'delete', '{forged.PreviousHash}', '{AuditChain.Hash(forged)}')");

        var (broken, _) = await VerifyAsync(services);
        Assert.Equal(AuditBreakKind.Inserted, broken?.Kind);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SaveChangesAsync_ManyWritersAtOnce_KeepOneUnbrokenChain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(index => AddUserAsync(services, $"Đảng viên {index}")));

        var (broken, checkedCount) = await VerifyAsync(services);
        Assert.Null(broken);
        Assert.Equal(12, checkedCount);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RecordAsync_ViewEvent_IsChainedWithRowChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var user = await AddUserAsync(services, "Hoàng Thị Ngọc");

        await WithContextAsync(services, async context =>
        {
            await new AuditLog(context).RecordAsync(new AuditEvent("view-confidential", nameof(AppUser), user.Id.ToString(), "{\"field\":\"CitizenId\"}"), Cancel);
            return 0;
        });

        var entries = await WithContextAsync(services, context => context.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Cancel));
        Assert.Equal(["create", "view-confidential"], entries.Select(e => e.Action));
        Assert.Null((await VerifyAsync(services)).Break);
    }

    private static async Task<AppUser> AddUserAsync(ServiceProvider services, string fullName)
    {
        var user = new AppUser { FullName = fullName, UserName = $"u{Guid.NewGuid():N}" };
        user.NormalizedUserName = user.UserName.ToUpperInvariant();
        await WithContextAsync(services, async context =>
        {
            context.Users.Add(user);
            await context.SaveChangesAsync(Cancel);
        });
        return user;
    }

    private static Task<(AuditBreak? Break, long Checked)> VerifyAsync(ServiceProvider services) =>
        WithContextAsync(services, context => new AuditLog(context).VerifyAsync(Cancel));

    private static async Task WithContextAsync(ServiceProvider services, Func<DangVuDbContext, Task> action) =>
        await WithContextAsync(services, async context =>
        {
            await action(context);
            return 0;
        });

    private static async Task<T> WithContextAsync<T>(ServiceProvider services, Func<DangVuDbContext, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DangVuDbContext>());
    }
}
