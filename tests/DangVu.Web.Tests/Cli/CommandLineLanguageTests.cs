using DangVu.Web.Cli;

namespace DangVu.Web.Tests.Cli;

/// <summary>
/// The command line speaks Vietnamese: its help and System.CommandLine's parse errors, read from the real parser so a
/// new version of the library that changes its English wording fails here instead of reaching users in English.
/// </summary>
public sealed class CommandLineLanguageTests
{
    [Theory]
    [InlineData(new[] { "member", "search" }, "Thiếu tham số của lệnh “search”.")]
    [InlineData(new[] { "member", "search", "hoa", "--take", "abc" }, "Không đọc được “abc” làm giá trị của “--take” (cần một số nguyên).")]
    [InlineData(new[] { "member", "search", "hoa", "--under", "x" }, "Không đọc được “x” làm giá trị của “--under” (cần một mã dạng GUID).")]
    [InlineData(new[] { "member" }, "Hãy chọn một lệnh.")]
    [InlineData(new[] { "export", "members" }, "Thiếu tuỳ chọn bắt buộc “--output”.")]
    [InlineData(new[] { "export", "members", "--output" }, "Tuỳ chọn “--output” cần một giá trị.")]
    public void Translate_EachParseError_IsVietnamese(string[] arguments, string expected)
    {
        var result = DangVuCommandLine.Create().Parse(arguments);

        var messages = result.Errors.Select(error => VietnameseParseErrors.Translate(error.Message)).ToList();

        Assert.Contains(expected, messages);
    }

    [Fact]
    public void Translate_ValueOutsideTheChoices_ListsThem()
    {
        var result = DangVuCommandLine.Create().Parse(["import", "template", "people", "--output", "x.xlsx"]);

        var message = VietnameseParseErrors.Translate(Assert.Single(result.Errors).Message);

        Assert.StartsWith("Không nhận “people”: chỉ được một trong các giá trị", message, StringComparison.Ordinal);
        Assert.Contains("organizations", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Help_HasVietnameseSectionsDefaultsAndInheritedOptions()
    {
        var search = DangVuCommandLine.Create().Subcommands.Single(c => c.Name == "member").Subcommands.Single(c => c.Name == "search");
        using var output = new StringWriter();

        VietnameseHelp.Write(search, output);

        var help = output.ToString();
        foreach (var part in new[] { "Mô tả:", "Cách dùng:", "dangvu member search <query> [tuỳ chọn]", "Tham số:", "Tuỳ chọn:", "[mặc định: 100]", "Xem hướng dẫn sử dụng", "--db <db>" })
        {
            Assert.Contains(part, help, StringComparison.Ordinal);
        }

        foreach (var english in new[] { "Usage:", "Options:", "default:", "Show help" })
        {
            Assert.DoesNotContain(english, help, StringComparison.Ordinal);
        }
    }
}
