using System.CommandLine;
using DangVu.Data.Audit;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu audit verify</c>: walks the hash chain and names the first entry changed, inserted or deleted.</summary>
internal static class AuditCommands
{
    public const int ChainBroken = 1;

    public static void AddTo(RootCommand root)
    {
        var verify = new Command("verify", "Kiểm tra tính toàn vẹn của nhật ký kiểm toán");
        verify.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            var (broken, checkedCount) = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(cancellationToken);
            if (broken is null)
            {
                Console.WriteLine($"Nhật ký kiểm toán nguyên vẹn: {checkedCount} mục.");
                return 0;
            }

            await Console.Error.WriteLineAsync($"dangvu: nhật ký kiểm toán bị can thiệp tại mục {broken.Sequence}: {broken.Message}");
            return ChainBroken;
        }, result.GetValue(CommonOptions.Database)));

        var audit = new Command("audit", "Nhật ký kiểm toán");
        audit.Subcommands.Add(verify);
        root.Subcommands.Add(audit);
    }
}
