using System.CommandLine;
using System.Text.Json;
using DangVu.Core.Documents;
using DangVu.Core.Text;
using DangVu.Data.Documents;
using Spectre.Console;

namespace DangVu.Web.Cli;

/// <summary><c>dangvu document parse FILE [--json]</c>: what DangVu reads from a document, without a database.</summary>
internal static class DocumentCommands
{
    private static readonly Argument<string> FilePath = new("file") { Description = "Tệp văn bản: .txt (UTF-8, hoặc UTF-16 có BOM), .docx hoặc .pdf (có lớp chữ)" };
    private static readonly Option<bool> AsJson = new("--json") { Description = "In ra JSON: một đối tượng, ngày dạng yyyy-MM-dd" };

    public static void AddTo(RootCommand root)
    {
        var parse = new Command("parse", "Đọc một văn bản: số và ký hiệu, ngày, trích yếu, nhiệm vụ, văn bản được dẫn, nơi nhận, người ký");
        parse.Arguments.Add(FilePath);
        parse.Options.Add(AsJson);
        parse.SetAction(result => Parse(result.GetRequiredValue(FilePath), result.GetValue(AsJson)));

        var document = new Command("document", "Văn bản");
        document.Subcommands.Add(parse);
        root.Subcommands.Add(document);
    }

    private static int Parse(string path, bool json)
    {
        string text;
        try
        {
            text = DocumentFile.ReadText(path);
        }
        catch (Exception exception) when (Describe(exception, path) is { } message)
        {
            Console.Error.WriteLine($"dangvu: {message}");
            return CliFailure.UserError;
        }

        var document = DocumentParser.Parse(text);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(Json(document), CliJson.Options));
        }
        else
        {
            Print(document);
        }

        return 0;
    }

    private static string? Describe(Exception exception, string path) => exception switch
    {
        DocumentFileException => exception.Message,
        FileNotFoundException or DirectoryNotFoundException => $"Không tìm thấy tệp {path}.",
        UnauthorizedAccessException when Directory.Exists(path) => $"{path} là một thư mục, không phải tệp văn bản.",
        UnauthorizedAccessException => $"Không đủ quyền đọc tệp {path}.",
        IOException => $"Không đọc được tệp {path}: {exception.Message}",
        _ => null,
    };

    /// <summary>The JSON shape: exactly these keys, null where absent.</summary>
    private static object Json(ParsedDocument document) => new
    {
        issuer = document.Issuer,
        issuerParents = document.IssuerParents,
        numberSymbol = document.NumberSymbol,
        serial = document.Serial,
        typeCode = document.TypeCode,
        issuerCode = document.IssuerCode,
        type = document.Type,
        place = document.Place,
        date = document.Date,
        title = document.Title,
        sections = document.Sections.Select(section => new { number = section.Number, heading = section.Heading }),
        tasks = document.Tasks.Select(task => new { number = task.Number, text = task.Text }),
        references = document.References.Select(reference => new { numberSymbol = reference.NumberSymbol, date = reference.Date, issuer = reference.Issuer }),
        recipients = document.Recipients,
        signingAuthority = document.SigningAuthority,
        signerTitle = document.SignerTitle,
        signerName = document.SignerName,
        warnings = document.Warnings,
    };

    private static void Print(ParsedDocument document)
    {
        var parts = new Table().AddColumns("Phần", "Đọc được").Expand();
        parts.AddRow("Cơ quan ban hành", Value(document.Issuer));
        parts.AddRow("Cơ quan cấp trên", document.IssuerParents.Count == 0 ? "[grey](không có)[/]" : Markup.Escape(string.Join(" / ", document.IssuerParents)));
        parts.AddRow("Số, ký hiệu", Value(document.NumberSymbol));
        parts.AddRow("Tên loại", Value(document.Type));
        parts.AddRow("Nơi, ngày ban hành", Value(string.Join(", ", new[] { document.Place, document.Date is { } date ? VietnameseDates.Written(date) : null }.OfType<string>())));
        parts.AddRow("Trích yếu", Value(document.Title));
        parts.AddRow("Các phần", document.Sections.Count == 0 ? "[grey](không có)[/]" : Markup.Escape(string.Join("\n", document.Sections.Select(section => $"{section.Number}- {section.Heading}"))));
        parts.AddRow("Nơi nhận", Value(document.Recipients.Count == 0 ? null : string.Join("\n", document.Recipients.Select(recipient => $"- {recipient}"))));
        parts.AddRow("Thẩm quyền ký", Value(document.SigningAuthority));
        parts.AddRow("Người ký", Value(string.Join(" — ", new[] { document.SignerTitle, document.SignerName }.OfType<string>())));
        AnsiConsole.Write(parts);

        if (document.Tasks.Count > 0)
        {
            var tasks = new Table().AddColumns("Nhiệm vụ", "Nội dung").Expand();
            foreach (var task in document.Tasks)
            {
                tasks.AddRow(task.Number.ToString(VietnameseText.Culture), Markup.Escape(task.Text));
            }

            AnsiConsole.Write(tasks);
        }

        if (document.References.Count > 0)
        {
            var references = new Table().AddColumns("Văn bản được dẫn", "Ngày", "Cơ quan ban hành");
            foreach (var reference in document.References)
            {
                references.AddRow(Markup.Escape(reference.NumberSymbol), reference.Date is { } cited ? VietnameseDates.Numeric(cited) : "—", Value(reference.Issuer));
            }

            AnsiConsole.Write(references);
        }

        foreach (var warning in document.Warnings)
        {
            AnsiConsole.MarkupLine($"[yellow]Cần xem lại:[/] {Markup.Escape(warning)}");
        }

        AnsiConsole.MarkupLine($"[grey]{document.Tasks.Count} nhiệm vụ, {document.References.Count} văn bản được dẫn, {document.Recipients.Count} nơi nhận.[/]");
    }

    private static string Value(string? value) => string.IsNullOrEmpty(value) ? "[grey](không đọc được)[/]" : Markup.Escape(value);
}
