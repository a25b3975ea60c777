using System.CommandLine;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Import;
using DangVu.Data.Infrastructure;
using DangVu.Data.Organizations;
using Spectre.Console;

namespace DangVu.Web.Cli;

/// <summary>
/// <c>dangvu import members|organizations FILE [--under ORG] [--dry-run]</c>: the web imports for admins and scripts, with a progress
/// bar. Exit 0 when saved (or, with --dry-run, when every row is good), 1 when a row has a problem (nothing written).
/// </summary>
internal static class ImportCommands
{
    public const int RowProblems = 1;
    private const int ProblemsPrinted = 50;

    private static readonly Argument<FileInfo> File = new("file") { Description = "Tệp .xlsx hoặc .csv theo mẫu" };
    private static readonly Option<Guid?> Under = new("--under") { Description = "Chỉ nhập vào các chi bộ thuộc tổ chức này (mã tổ chức)" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Chỉ kiểm tra và xem trước, không ghi gì" };

    public static void AddTo(RootCommand root)
    {
        var import = new Command("import", "Nhập dữ liệu");
        import.Subcommands.Add(ImportCommand("members", "Nhập danh sách đảng viên từ tệp Excel hoặc CSV (tất cả hoặc không gì cả)", "đảng viên",
            (services, file, request, cancellationToken) => services.GetRequiredService<MemberImport>().RunAsync(file, request, cancellationToken)));
        import.Subcommands.Add(ImportCommand("organizations", "Nhập danh sách tổ chức từ tệp Excel hoặc CSV, từ trên xuống (tất cả hoặc không gì cả)", "tổ chức",
            (services, file, request, cancellationToken) => services.GetRequiredService<OrganizationImport>().RunAsync(file, request, cancellationToken)));
        import.Subcommands.Add(TemplateCommand());
        root.Subcommands.Add(import);
    }

    private delegate Task<ImportReport> RunImport(IServiceProvider services, Stream file, ImportRequest request, CancellationToken cancellationToken);

    private static Command ImportCommand(string name, string description, string what, RunImport run)
    {
        var command = new Command(name, description);
        command.Arguments.Add(File);
        command.Options.Add(Under);
        command.Options.Add(DryRun);
        command.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            var file = result.GetRequiredValue(File);
            if (!file.Exists)
            {
                throw new DatabaseTargetException($"Không tìm thấy tệp {file.FullName}.");
            }

            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            var scopePath = await ScopeAsync(scope.ServiceProvider, result.GetValue(Under), cancellationToken);
            await using var stream = file.OpenRead();
            var commit = !result.GetValue(DryRun);
            ImportReport? report = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Đọc và kiểm tra {Markup.Escape(file.Name)}", maxValue: 1);
                    var rows = new Progress<ImportProgress>(step =>
                    {
                        task.Value = step.Fraction ?? task.Value;
                        task.Description = $"{VietnameseNumbers.Format(step.Rows)} dòng";
                    });
                    report = await run(scope.ServiceProvider, stream, new ImportRequest(file.Name, [scopePath], commit, rows), cancellationToken);
                    task.Value = 1;
                });
            return Print(report!, commit, what);
        }, result.GetValue(CommonOptions.Database)));
        return command;
    }

    /// <summary>The organization an <c>--under</c> option names, as a scope path; the whole tree without it.</summary>
    public static async Task<string> ScopeAsync(IServiceProvider services, Guid? under, CancellationToken cancellationToken)
    {
        if (under is not { } id)
        {
            return OrganizationPath.Root;
        }

        return (await services.GetRequiredService<OrganizationQueries>().FindAsync(id, cancellationToken))?.Path
            ?? throw new DatabaseTargetException($"Không có tổ chức mã {id}.");
    }

    private static int Print(ImportReport report, bool commit, string what)
    {
        if (report.HasProblems)
        {
            foreach (var problem in report.Problems.Take(ProblemsPrinted))
            {
                AnsiConsole.MarkupLine($"[red]•[/] {Markup.Escape(problem.ToString())}");
            }

            if (report.ProblemCount > ProblemsPrinted)
            {
                AnsiConsole.MarkupLine($"[grey]… và {VietnameseNumbers.Format(report.ProblemCount - ProblemsPrinted)} lỗi nữa.[/]");
            }

            AnsiConsole.MarkupLine($"[red]Không ghi gì:[/] {VietnameseNumbers.Format(report.ProblemCount)} lỗi trong {VietnameseNumbers.Format(report.RowsRead)} dòng. Hãy sửa tệp rồi nhập lại.");
            return RowProblems;
        }

        var table = new Table().AddColumns("Nhóm", "Số dòng");
        foreach (var (organization, count) in report.ByOrganization.OrderByDescending(pair => pair.Value).Take(20))
        {
            table.AddRow(Markup.Escape(organization), VietnameseNumbers.Format(count));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(commit
            ? $"[green]Đã nhập {VietnameseNumbers.Format(report.RowsRead)} {what}.[/]"
            : $"[green]Tệp hợp lệ:[/] {VietnameseNumbers.Format(report.RowsRead)} {what} sẽ được nhập (chạy lại không có --dry-run để ghi).");
        return 0;
    }

    private static Command TemplateCommand()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "Nơi ghi tệp mẫu (.xlsx hoặc .csv)", Required = true };
        var kind = new Argument<string>("kind") { Description = "members (đảng viên) hoặc organizations (tổ chức)", DefaultValueFactory = _ => "members" };
        kind.AcceptOnlyFromAmong("members", "organizations");
        var template = new Command("template", "Ghi tệp mẫu để nhập đảng viên hoặc tổ chức");
        template.Arguments.Add(kind);
        template.Options.Add(output);
        template.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            var file = result.GetRequiredValue(output);
            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            await using (var stream = file.Create())
            {
                using var writer = Data.Spreadsheets.SheetWriter.Create(stream, ExportCommands.FormatOf(file));
                await (result.GetValue(kind) == "organizations"
                    ? scope.ServiceProvider.GetRequiredService<Data.Export.OrganizationTemplate>().WriteAsync(writer, [OrganizationPath.Root], cancellationToken)
                    : scope.ServiceProvider.GetRequiredService<Data.Export.MemberTemplate>().WriteAsync(writer, [OrganizationPath.Root], cancellationToken));
            }

            AnsiConsole.MarkupLine($"Đã ghi tệp mẫu {Markup.Escape(file.FullName)}.");
            return 0;
        }, result.GetValue(CommonOptions.Database)));
        return template;
    }
}
