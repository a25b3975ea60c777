using System.CommandLine;
using DangVu.Web.Hosting;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu [serve] [--urls URL]</c>: the web UI and the API.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Địa chỉ lắng nghe",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static void AddTo(RootCommand root)
    {
        var serve = new Command("serve", "Chạy giao diện web và API (mặc định khi không có lệnh)");
        serve.Options.Add(Urls);
        serve.SetAction(RunAsync);
        root.Subcommands.Add(serve);

        root.Options.Add(Urls);
        root.SetAction(RunAsync);
    }

    /// <summary>Whether the command starts the web host, which reads the tokens no option claimed as its settings.</summary>
    public static bool HandsTokensToTheHost(Command command) => command is RootCommand || command.Name is "serve" or DemoCommand.Name;

    private static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken) =>
        RunWebAsync(result, new WebRunOptions(), cancellationToken);

    public static Task<int> RunWebAsync(ParseResult result, WebRunOptions options, CancellationToken cancellationToken) =>
        CliFailure.RunAsync(async target =>
        {
            // Unclaimed tokens may only be host settings (--key=value); anything else is a mistyped verb.
            if (result.UnmatchedTokens.FirstOrDefault(token => !token.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                await Console.Error.WriteLineAsync($"dangvu: không có lệnh hay tham số “{unknown}”. Xem: dangvu --help");
                return CliFailure.UserError;
            }

            var app = DangVuWebApp.Build([.. result.UnmatchedTokens], target, options with { Urls = result.GetValue(Urls) ?? DefaultUrls });
            await app.RunAsync(cancellationToken);
            return 0;
        }, result.GetValue(CommonOptions.Database));
}
