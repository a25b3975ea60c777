using System.CommandLine;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using DangVu.Data.Export;
using DangVu.Data.Spreadsheets;
using Spectre.Console;

namespace DangVu.Web.Cli;

/// <summary>
/// <c>dangvu export members --output FILE [--under ORG] [--reveal]</c>: the members of a subtree in the import
/// template's columns. Identity numbers are masked unless --reveal is given, which is written to the audit log.
/// </summary>
internal static class ExportCommands
{
    private static readonly Option<FileInfo> Output = new("--output", "-o") { Description = "Tệp ghi ra: .xlsx hoặc .csv (theo đuôi tệp)", Required = true };
    private static readonly Option<Guid?> Under = new("--under") { Description = "Chỉ xuất tổ chức này và cấp dưới (mã tổ chức)" };
    private static readonly Option<bool> Reveal = new("--reveal") { Description = "Ghi rõ số thẻ và số CCCD (được ghi vào nhật ký)" };

    public static SheetFormat FormatOf(FileInfo file) =>
        string.Equals(file.Extension, ".csv", StringComparison.OrdinalIgnoreCase) ? SheetFormat.Csv : SheetFormat.Xlsx;

    public static void AddTo(RootCommand root)
    {
        var members = new Command("members", "Xuất danh sách đảng viên ra Excel hoặc CSV");
        members.Options.Add(Output);
        members.Options.Add(Under);
        members.Options.Add(Reveal);
        members.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            var file = result.GetRequiredValue(Output);
            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            var scopePath = await ImportCommands.ScopeAsync(scope.ServiceProvider, result.GetValue(Under), cancellationToken);
            var reveal = result.GetValue(Reveal);
            (int Members, int Revealed) written;
            await using (var stream = file.Create())
            {
                using var writer = SheetWriter.Create(stream, FormatOf(file));
                written = await scope.ServiceProvider.GetRequiredService<MemberExport>().WriteAsync(writer, [scopePath], _ => reveal, cancellationToken);
            }

            if (written.Revealed > 0)
            {
                await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(
                    new AuditEvent(AuditEvent.ConfidentialViewAction, "PartyMember", null, $"Xuất {written.Revealed} hồ sơ có số thẻ, số CCCD ra {file.Name}"),
                    cancellationToken);
            }

            AnsiConsole.MarkupLine($"Đã xuất {VietnameseNumbers.Format(written.Members)} đảng viên ra {Markup.Escape(file.FullName)}.");
            return 0;
        }, result.GetValue(CommonOptions.Database)));

        var export = new Command("export", "Xuất dữ liệu");
        export.Subcommands.Add(members);
        root.Subcommands.Add(export);
    }
}
