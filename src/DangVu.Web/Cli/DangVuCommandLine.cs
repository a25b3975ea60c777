using System.CommandLine;
using System.CommandLine.Invocation;

namespace DangVu.Web.Cli;

/// <summary>The <c>dangvu</c> command line: with no verb it serves the web UI and API.</summary>
internal static class DangVuCommandLine
{
    public static RootCommand Create()
    {
        // Tokens the verbs do not know go to the web host as configuration (--Logging:LogLevel:Default=Debug),
        // which is also how WebApplicationFactory hands over its settings.
        var root = new RootCommand("DangVu — phần mềm công tác xây dựng Đảng") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(CommonOptions.Database);
        ServeCommand.AddTo(root);
        MigrateCommand.AddTo(root);
        DemoCommand.AddTo(root);
        UserCommands.AddTo(root);
        AuditCommands.AddTo(root);
        OrganizationCommands.AddTo(root);
        MemberCommands.AddTo(root);
        ImportCommands.AddTo(root);
        ExportCommands.AddTo(root);
        StatisticsCommands.AddTo(root);
        DocumentCommands.AddTo(root);
        VietnameseHelp.InstallOn(root);
        return root;
    }

    public static Task<int> InvokeAsync(string[] args)
    {
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        var result = Create().Parse(args);
        // Only the verbs that start the web host take unclaimed tokens (host settings); elsewhere one is a typo.
        var strayTokens = ServeCommand.HandsTokensToTheHost(result.CommandResult.Command) ? [] : result.UnmatchedTokens;
        return result.Action is ParseErrorAction || strayTokens.Count > 0
            ? Task.FromResult(VietnameseParseErrors.Report(result, strayTokens, configuration.Error, configuration.Output))
            : result.InvokeAsync(configuration);
    }
}
