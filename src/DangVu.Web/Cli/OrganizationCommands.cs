using System.CommandLine;
using System.Text.Json;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using Spectre.Console;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu org tree [--on DATE] [--json]</c>: the organization tree, now or on a past date.</summary>
internal static class OrganizationCommands
{
    private static readonly Option<bool> AsJson = new("--json") { Description = "In ra JSON: mỗi tổ chức một đối tượng" };

    private static readonly Option<DateOnly?> On = new("--on") { Description = "Cây tổ chức vào ngày (yyyy-MM-dd)" };

    public static void AddTo(RootCommand root)
    {
        var tree = new Command("tree", "In cây tổ chức");
        tree.Options.Add(AsJson);
        tree.Options.Add(On);
        tree.SetAction((result, cancellationToken) => CliFailure.RunAsync(async target =>
        {
            await using var services = CliServices.Build(target.RequireExisting());
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<OrganizationQueries>();
            var nodes = result.GetValue(On) is { } date
                ? await queries.OnDateAsync(date, [OrganizationPath.Root], cancellationToken)
                : await queries.CurrentAsync([OrganizationPath.Root], cancellationToken);
            if (result.GetValue(AsJson))
            {
                Console.WriteLine(JsonSerializer.Serialize(
                    nodes.Select(node => new { id = node.Id, name = node.Name, kind = node.Kind.ToString(), parent = node.ParentId, agency = node.Agency }),
                    CliJson.Options));
                return 0;
            }

            Print(nodes);
            return 0;
        }, result.GetValue(CommonOptions.Database)));

        var organization = new Command("org", "Cây tổ chức");
        organization.Subcommands.Add(tree);
        root.Subcommands.Add(organization);
    }

    private static void Print(IReadOnlyList<OrganizationNode> nodes)
    {
        if (nodes.Count == 0)
        {
            AnsiConsole.MarkupLine("Chưa có tổ chức nào.");
            return;
        }

        var branches = new Dictionary<Guid, IHasTreeNodes>();
        var tree = new Tree("[bold]Cây tổ chức[/]");
        foreach (var node in nodes)
        {
            IHasTreeNodes parent = node.ParentId is { } parentId && branches.TryGetValue(parentId, out var branch) ? branch : tree;
            branches[node.Id] = parent.AddNode(
                $"{Markup.Escape(node.Name)} [grey]({Markup.Escape(OrganizationNames.Vietnamese(node.Kind))})[/]");
        }

        AnsiConsole.Write(tree);
        AnsiConsole.MarkupLine($"[grey]{nodes.Count} tổ chức. Dùng --json để lấy dữ liệu.[/]");
    }
}
