using System.CommandLine;
using DangVu.Web.Hosting;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu demo</c>: serves the web UI after adding the demo data (synthetic, marked as such).</summary>
internal static class DemoCommand
{
    public static void AddTo(RootCommand root)
    {
        var demo = new Command("demo", "Thêm dữ liệu mẫu rồi chạy giao diện web");
        foreach (var option in root.Options.Where(option => option.Name == "--urls"))
        {
            demo.Options.Add(option);
        }

        demo.SetAction((result, cancellationToken) =>
            ServeCommand.RunWebAsync(result, new WebRunOptions(Demo: true), cancellationToken));
        root.Subcommands.Add(demo);
    }
}
