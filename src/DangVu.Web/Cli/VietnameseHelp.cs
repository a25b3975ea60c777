using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace DangVu.Web.Cli;

/// <summary>
/// The help text in Vietnamese. System.CommandLine ships its section titles and its own options' texts in a dozen
/// languages but not Vietnamese, and keeps its help builder internal, so the help is written here from the command tree.
/// </summary>
internal sealed class VietnameseHelp : SynchronousCommandLineAction
{
    private const int Width = 100;

    /// <summary>Puts this help behind -h/--help and names the built-in options in Vietnamese.</summary>
    public static void InstallOn(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Xem hướng dẫn sử dụng";
                    help.Action = new VietnameseHelp();
                    break;
                case VersionOption version:
                    version.Description = "Xem số phiên bản";
                    break;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    public static void Write(Command command, TextWriter output)
    {
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            Section(output, "Mô tả:", [command.Description]);
        }

        Section(output, "Cách dùng:", [Usage(command)]);
        Columns(output, "Tham số:", command.Arguments.Where(a => !a.Hidden).Select(Row));
        Columns(output, "Tuỳ chọn:", Options(command).Select(Row));
        Columns(output, "Lệnh:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)));
    }

    private static string Usage(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current is RootCommand ? "dangvu" : current.Name);
        }

        names.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>"));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            names.Add("[lệnh]");
        }

        names.Add("[tuỳ chọn]");
        return string.Join(' ', names);
    }

    /// <summary>The command's own options, then those it inherits from the commands above it (--db, --help).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var seen = new HashSet<Option>();
        for (var current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in current.Options.Where(o => !o.Hidden && (current == command || o.Recursive)))
            {
                if (seen.Add(option))
                {
                    yield return option;
                }
            }
        }
    }

    private static (string Label, string Text) Row(Argument argument) =>
        new($"<{argument.HelpName ?? argument.Name}>", WithDefault(argument.Description, argument.HasDefaultValue ? argument.GetDefaultValue() : null));

    private static (string Label, string Text) Row(Option option)
    {
        // Windows-style aliases (/h, /?) mean nothing to the shells DangVu is run from.
        var aliases = string.Join(", ", option.Aliases.Append(option.Name).Where(a => !a.StartsWith('/')).Distinct().OrderBy(a => a.Length));
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        var label = takesValue ? $"{aliases} <{option.HelpName ?? option.Name.TrimStart('-')}>" : aliases;
        return new(label, WithDefault(option.Description, option.HasDefaultValue && takesValue ? option.GetDefaultValue() : null));
    }

    private static string WithDefault(string? description, object? value) =>
        value is null or "" ? description ?? string.Empty : $"{description} [mặc định: {value}]".TrimStart();

    private static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        output.WriteLine(title);
        foreach (var line in lines)
        {
            output.WriteLine($"  {line}");
        }

        output.WriteLine();
    }

    /// <summary>Labels in one column, texts beside them wrapped at word boundaries to the help's width.</summary>
    private static void Columns(TextWriter output, string title, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine(title);
        var indent = list.Max(row => row.Label.Length) + 4;
        foreach (var (label, text) in list)
        {
            var lines = Wrap(text, Math.Max(20, Width - indent));
            output.WriteLine($"  {label.PadRight(indent - 2)}{lines[0]}".TrimEnd());
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', indent) + line);
            }
        }

        output.WriteLine();
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return lines;
    }
}
