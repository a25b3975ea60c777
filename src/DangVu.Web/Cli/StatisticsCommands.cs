using System.CommandLine;
using DangVu.Data;
using DangVu.Data.Statistics;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu stats verify</c> and <c>dangvu stats recount</c>: the member counters against the member rows.</summary>
internal static class StatisticsCommands
{
    public const int CountersDisagree = 1;
    private const int Shown = 20;

    public static void AddTo(RootCommand root)
    {
        var verify = new Command("verify", "So bộ đếm đảng viên với số đếm lại từ hồ sơ");
        verify.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            var differences = await MemberCounters.VerifyAsync(scope.ServiceProvider.GetRequiredService<DangVuDbContext>(), cancellationToken);
            if (differences.Count == 0)
            {
                Console.WriteLine("Bộ đếm đảng viên khớp với hồ sơ.");
                return 0;
            }

            await Console.Error.WriteLineAsync($"dangvu: {differences.Count} bộ đếm không khớp với hồ sơ; chạy “dangvu stats recount” để đếm lại.");
            foreach (var difference in differences.Take(Shown))
            {
                var organization = difference.OrganizationId == Guid.Empty ? "toàn bộ" : difference.OrganizationId.ToString();
                await Console.Error.WriteLineAsync(
                    $"  {organization} {difference.Dimension} “{difference.Value}”: hồ sơ {difference.Expected}, bộ đếm {difference.Actual}");
            }

            return CountersDisagree;
        }, result.GetValue(CommonOptions.Database)));

        var recount = new Command("recount", "Đếm lại toàn bộ bộ đếm đảng viên từ hồ sơ");
        recount.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            await MemberCounters.RecountAsync(scope.ServiceProvider.GetRequiredService<DangVuDbContext>(), cancellationToken);
            Console.WriteLine("Đã đếm lại bộ đếm đảng viên.");
            return 0;
        }, result.GetValue(CommonOptions.Database)));

        var stats = new Command("stats", "Thống kê đảng viên");
        stats.Subcommands.Add(verify);
        stats.Subcommands.Add(recount);
        root.Subcommands.Add(stats);
    }
}
