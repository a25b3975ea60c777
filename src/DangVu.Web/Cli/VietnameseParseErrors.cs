using System.CommandLine;
using System.Text.RegularExpressions;

namespace DangVu.Web.Cli;

/// <summary>
/// System.CommandLine's parse errors (a missing argument, an unknown option, a value of the wrong type) said in
/// Vietnamese. Its messages come from its English resources; each known one is matched and rephrased, an unknown one is
/// shown as it is rather than lost.
/// </summary>
internal static partial class VietnameseParseErrors
{
    private static readonly (Regex English, string Vietnamese)[] Messages =
    [
        (RequiredArgumentForCommand(), "Thiếu tham số của lệnh “{0}”."),
        (RequiredArgumentForOption(), "Tuỳ chọn “{0}” cần một giá trị."),
        (RequiredOption(), "Thiếu tuỳ chọn bắt buộc “{0}”."),
        (ParseForOption(), "Không đọc được “{0}” làm giá trị của “{1}” (cần {2})."),
        (ParseForCommand(), "Không đọc được “{0}” làm tham số của lệnh “{1}” (cần {2})."),
        (Unrecognized(), "Không có lệnh hay tham số “{0}”."),
        (NotOneOf(), "Không nhận “{0}”: chỉ được một trong các giá trị{1}"),
        (SingleArgument(), "Tuỳ chọn “{0}” chỉ nhận một giá trị, nhưng có {1}."),
        (RequiredCommand(), "Hãy chọn một lệnh."),
    ];

    /// <summary>Writes the errors and the stray tokens, one Vietnamese line each, then the help of the command they concern.</summary>
    public static int Report(ParseResult result, IReadOnlyList<string> strayTokens, TextWriter error, TextWriter output)
    {
        foreach (var line in result.Errors.Select(e => Translate(e.Message)).Concat(strayTokens.Select(Stray)).Distinct())
        {
            error.WriteLine($"dangvu: {line}");
        }

        output.WriteLine();
        VietnameseHelp.Write(result.CommandResult.Command, output);
        return CliFailure.UserError;
    }

    public static string Stray(string token) => $"Không có lệnh hay tham số “{token}”.";

    public static string Translate(string message)
    {
        foreach (var (english, vietnamese) in Messages)
        {
            if (english.Match(message) is { Success: true } match)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, vietnamese, [.. match.Groups.Values.Skip(1).Select(g => Kind(g.Value))]);
            }
        }

        return message;
    }

    /// <summary>A .NET type name as a user would say what is expected; anything else passes unchanged.</summary>
    private static string Kind(string value) => value switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "một số nguyên",
        "System.DateOnly" or "System.Nullable`1[System.DateOnly]" => "một ngày",
        "System.Guid" or "System.Nullable`1[System.Guid]" => "một mã dạng GUID",
        "System.Boolean" => "true hoặc false",
        _ => value,
    };

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$")]
    private static partial Regex RequiredArgumentForCommand();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$")]
    private static partial Regex RequiredArgumentForOption();

    [GeneratedRegex(@"^Option '(.*)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*?)'\.")]
    private static partial Regex ParseForOption();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*?)'\.")]
    private static partial Regex ParseForCommand();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex RequiredCommand();
}
