using System.CommandLine;
using DangVu.Core.Text;
using DangVu.Data.Infrastructure;
using DangVu.Web.Features.Demo;
using DangVu.Web.Hosting;
using Spectre.Console;

namespace DangVu.Web.Cli;

/// <summary>
/// <c>dangvu demo</c>: serves the web UI after adding the demo data (synthetic, marked as such).
/// <c>dangvu demo --members N --provinces P</c>: writes a synthetic nation for benchmarks instead, and exits.
/// </summary>
internal static class DemoCommand
{
    public const string Name = "demo";

    private static readonly Option<int?> Members = new("--members") { Description = $"Sinh một quốc gia mẫu có N đảng viên (tối đa {VietnameseNumbers.Format(SyntheticNation.MaxMembers)}) để đo hiệu năng, rồi thoát" };
    private static readonly Option<int> Provinces = new("--provinces") { Description = "Số tỉnh của quốc gia mẫu", DefaultValueFactory = _ => 34 };

    public static void AddTo(RootCommand root)
    {
        var demo = new Command(Name, "Thêm dữ liệu mẫu rồi chạy giao diện web");
        foreach (var option in root.Options.Where(option => option.Name == "--urls"))
        {
            demo.Options.Add(option);
        }

        demo.Options.Add(Members);
        demo.Options.Add(Provinces);
        demo.SetAction((result, cancellationToken) => result.GetValue(Members) is { } members
            ? CliFailure.RunAsync(target => GenerateNationAsync(target, members, result.GetValue(Provinces), cancellationToken), result.GetValue(CommonOptions.Database))
            : ServeCommand.RunWebAsync(result, new WebRunOptions(Demo: true), cancellationToken));
        root.Subcommands.Add(demo);
    }

    private static async Task<int> GenerateNationAsync(DatabaseTarget target, int members, int provinces, CancellationToken cancellationToken)
    {
        if (members is < 1 or > SyntheticNation.MaxMembers || provinces is < 1 or > SyntheticNation.MaxProvinces || provinces > members)
        {
            throw new DatabaseTargetException(
                $"--members phải từ 1 đến {VietnameseNumbers.Format(SyntheticNation.MaxMembers)} và --provinces từ 1 đến {SyntheticNation.MaxProvinces} (không quá số đảng viên).");
        }

        await using var services = CliServices.Build(target);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var nation = ActivatorUtilities.CreateInstance<SyntheticNation>(scope.ServiceProvider);
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Sinh đảng viên mẫu", maxValue: members);
                await nation.GenerateAsync(members, provinces, new Progress<(int Done, int Total)>(step => task.Value = step.Done), cancellationToken);
                task.Value = members;
            });
        AnsiConsole.MarkupLine($"Đã sinh {VietnameseNumbers.Format(members)} đảng viên mẫu ở {provinces} tỉnh vào {Markup.Escape(target.Display)}.");
        return 0;
    }
}
