using System.CommandLine;
using System.Text.Json;
using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Features.Members;
using Spectre.Console;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu member search QUERY [--under ORG] [--json]</c>: the same search as the web, for admins and scripts.</summary>
internal static class MemberCommands
{
    private static readonly Argument<string> Query = new("query") { Description = "Tên (không dấu cũng được), số thẻ hoặc năm sinh" };
    private static readonly Option<Guid?> Under = new("--under") { Description = "Chỉ tìm trong tổ chức này (mã tổ chức)" };
    private static readonly Option<bool> AsJson = new("--json") { Description = "In ra JSON: mỗi đảng viên một đối tượng" };
    private static readonly Option<int> Take = new("--take") { Description = "Số kết quả tối đa", DefaultValueFactory = _ => 100 };

    public static void AddTo(RootCommand root)
    {
        var search = new Command("search", "Tìm đảng viên");
        search.Arguments.Add(Query);
        search.Options.Add(Under);
        search.Options.Add(AsJson);
        search.Options.Add(Take);
        search.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            var organizations = scope.ServiceProvider.GetRequiredService<OrganizationQueries>();
            var scopePath = OrganizationPath.Root;
            if (result.GetValue(Under) is { } under)
            {
                scopePath = (await organizations.FindAsync(under, cancellationToken))?.Path
                    ?? throw new Data.Infrastructure.DatabaseTargetException($"Không có tổ chức mã {under}.");
            }

            var members = await scope.ServiceProvider.GetRequiredService<MemberQueries>()
                .SearchAsync(result.GetRequiredValue(Query), [scopePath], Math.Clamp(result.GetValue(Take), 1, 10_000), cancellationToken);
            var names = (await organizations.CurrentAsync([OrganizationPath.Root], cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
            if (result.GetValue(AsJson))
            {
                Console.WriteLine(JsonSerializer.Serialize(members.Select(m => new
                {
                    id = m.Id,
                    fullName = m.FullName,
                    birthDate = m.BirthDate,
                    status = m.Status.ToString(),
                    organization = names.GetValueOrDefault(m.OrganizationId),
                    organizationId = m.OrganizationId,
                    cardNumber = MemberMasking.Mask(m.CardNumber),
                }), CliJson.Options));
                return 0;
            }

            var table = new Table().AddColumns("Họ và tên", "Ngày sinh", "Chi bộ", "Trạng thái");
            foreach (var member in members)
            {
                table.AddRow(Markup.Escape(member.FullName), Core.Text.VietnameseDates.Numeric(member.BirthDate),
                    Markup.Escape(names.GetValueOrDefault(member.OrganizationId, string.Empty)), Markup.Escape(MemberNames.Status(member.Status)));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{members.Count} đảng viên.[/]");
            return 0;
        }, result.GetValue(CommonOptions.Database)));

        var member = new Command("member", "Đảng viên");
        member.Subcommands.Add(search);
        root.Subcommands.Add(member);
    }
}
