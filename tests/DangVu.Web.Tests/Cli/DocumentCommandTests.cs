using System.Text;
using System.Text.Json;
using DangVu.TestCommon.Documents;

namespace DangVu.Web.Tests.Cli;

public sealed class DocumentCommandTests
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "Documents", "509-TB-TU.txt");

    private static readonly string[] Keys =
    [
        "issuer", "issuerParents", "numberSymbol", "serial", "typeCode", "issuerCode", "type", "place", "date", "title", "sections",
        "tasks", "references", "recipients", "signingAuthority", "signerTitle", "signerName", "warnings",
    ];

    [Fact]
    public async Task DocumentParse_SeedAsJson_GivesExactlyTheKeysAndTheSeedValues()
    {
        var result = await DangvuProcess.RunAsync("document", "parse", SeedPath, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        AssertSeed(json.RootElement);
    }

    [Fact]
    public async Task DocumentParse_Utf16WithBom_ReadsTheSame()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dangvu-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, await File.ReadAllTextAsync(SeedPath, TestContext.Current.CancellationToken), Encoding.Unicode, TestContext.Current.CancellationToken);
        try
        {
            var result = await DangvuProcess.RunAsync("document", "parse", path, "--json");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            AssertSeed(json.RootElement);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task DocumentParse_SeedTypedInWord_ReadsTheSame()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dangvu-{Guid.NewGuid():N}.docx");
        DocxFromText.Write(await File.ReadAllTextAsync(SeedPath, TestContext.Current.CancellationToken), path, "THÔNG BÁO");
        try
        {
            var result = await DangvuProcess.RunAsync("document", "parse", path, "--json");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            AssertSeed(json.RootElement);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task DocumentParse_WithoutJson_PrintsAVietnameseSummary()
    {
        var result = await DangvuProcess.RunAsync("document", "parse", SeedPath);

        Assert.Equal(0, result.ExitCode);
        foreach (var expected in new[] { "Cơ quan ban hành", "TỈNH ỦY BÌNH THUẬN", "509-TB/TU", "ngày 22 tháng 5 năm 2008", "Huỳnh Đa Trung", "14/2008-NĐ/CP", "8 nhiệm vụ, 7 văn bản được dẫn, 6 nơi nhận." })
        {
            Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("missing", "Không tìm thấy tệp")]
    [InlineData("folder", "là một thư mục")]
    [InlineData("pdf", "Không đọc được tệp PDF")]
    [InlineData("broken-docx", "Không đọc được tệp Word")]
    public async Task DocumentParse_FileItCannotRead_SaysWhyInOneLineAndFails(string kind, string message)
    {
        var folder = Directory.CreateTempSubdirectory("dangvu-doc-");
        try
        {
            var path = kind switch
            {
                "missing" => Path.Combine(folder.FullName, "khong-co.txt"),
                "folder" => folder.FullName,
                "pdf" => Path.Combine(folder.FullName, "van-ban.pdf"),
                _ => Path.Combine(folder.FullName, "hong.docx"),
            };
            if (kind == "pdf")
            {
                await File.WriteAllTextAsync(path, "%PDF-1.4\n", TestContext.Current.CancellationToken);
            }
            else if (kind == "broken-docx")
            {
                await File.WriteAllBytesAsync(path, "PK\u0003\u0004hỏng"u8.ToArray(), TestContext.Current.CancellationToken);
            }

            var result = await DangvuProcess.RunAsync("document", "parse", path, "--json");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains(message, Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertSeed(JsonElement root)
    {
        Assert.Equal(Keys, root.EnumerateObject().Select(property => property.Name));
        Assert.Equal("TỈNH ỦY BÌNH THUẬN", root.GetProperty("issuer").GetString());
        Assert.Empty(root.GetProperty("issuerParents").EnumerateArray());
        Assert.Equal("509-TB/TU", root.GetProperty("numberSymbol").GetString());
        Assert.Equal(509, root.GetProperty("serial").GetInt32());
        Assert.Equal("TB", root.GetProperty("typeCode").GetString());
        Assert.Equal("TU", root.GetProperty("issuerCode").GetString());
        Assert.Equal("Thông báo", root.GetProperty("type").GetString());
        Assert.Equal("Phan Thiết", root.GetProperty("place").GetString());
        Assert.Equal("2008-05-22", root.GetProperty("date").GetString());
        Assert.StartsWith("Ý KIẾN KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", root.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(["I", "II"], root.GetProperty("sections").EnumerateArray().Select(section => section.GetProperty("number").GetString()));
        Assert.All(root.GetProperty("sections").EnumerateArray(), section => Assert.Equal(["number", "heading"], section.EnumerateObject().Select(property => property.Name)));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], root.GetProperty("tasks").EnumerateArray().Select(task => task.GetProperty("number").GetInt32()));
        Assert.All(root.GetProperty("tasks").EnumerateArray(), task => Assert.Equal(["number", "text"], task.EnumerateObject().Select(property => property.Name)));
        var references = root.GetProperty("references").EnumerateArray().ToList();
        Assert.Equal(
            ["10-CT/TW", "20-KH/TU", "20-CT/TU", "17-KL/TU", "35-CT/TU", "945-CV/TU", "14/2008-NĐ/CP"],
            references.Select(reference => reference.GetProperty("numberSymbol").GetString()));
        Assert.All(references, reference =>
        {
            Assert.Equal(["numberSymbol", "date", "issuer"], reference.EnumerateObject().Select(property => property.Name));
            Assert.Equal(JsonValueKind.Null, reference.GetProperty("date").ValueKind);
        });
        Assert.Equal(6, root.GetProperty("recipients").GetArrayLength());
        Assert.Equal("T/L BAN THƯỜNG VỤ", root.GetProperty("signingAuthority").GetString());
        Assert.Equal("PHÓ CHÁNH VĂN PHÒNG", root.GetProperty("signerTitle").GetString());
        Assert.Equal("Huỳnh Đa Trung", root.GetProperty("signerName").GetString());
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
    }
}
