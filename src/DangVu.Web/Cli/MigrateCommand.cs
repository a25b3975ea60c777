using System.CommandLine;
using DangVu.Data.Infrastructure;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu migrate</c>: brings the database schema up to date and exits.</summary>
internal static class MigrateCommand
{
    public static void AddTo(RootCommand root)
    {
        var migrate = new Command("migrate", "Cập nhật cấu trúc cơ sở dữ liệu");
        migrate.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            await using var services = CliServices.Build(target);
            await using var scope = services.CreateAsyncScope();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0
                ? $"Cơ sở dữ liệu {target.Display} đã ở phiên bản mới nhất."
                : $"Đã áp dụng {applied.Count} bản cập nhật cho {target.Display}: {string.Join(", ", applied)}");
            return 0;
        }, result.GetValue(CommonOptions.Database)));
        root.Subcommands.Add(migrate);
    }
}
