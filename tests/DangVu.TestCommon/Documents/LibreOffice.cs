using System.Diagnostics;

namespace DangVu.TestCommon.Documents;

/// <summary>
/// Opens a file DangVu wrote in LibreOffice (headless) and converts it, so tests check what a real office suite
/// reads, not what our own writer believes it wrote. Each call uses its own profile, so tests may run in parallel.
/// </summary>
public static class LibreOffice
{
    private const string Executable = "/usr/bin/soffice";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>The first sheet of a workbook as UTF-8 CSV text, as LibreOffice Calc reads it.</summary>
    public static Task<string> SheetAsCsvAsync(string workbook) =>
        ConvertAsync(workbook, "csv:Text - txt - csv (StarCalc):44,34,76", ".csv");

    /// <summary>
    /// A Word document converted to PDF by LibreOffice Writer (<c>libreoffice --headless --convert-to pdf</c>, its own
    /// profile); throws when the conversion fails or leaves no PDF.
    /// </summary>
    public static async Task<byte[]> WordAsPdfAsync(string document) =>
        await ConvertAsync(document, "pdf", ".pdf", File.ReadAllBytesAsync);

    /// <summary>A Word document as UTF-8 plain text, as LibreOffice Writer reads it.</summary>
    public static Task<string> DocumentAsTextAsync(string document) => ConvertAsync(document, "txt:Text (encoded):UTF8", ".txt");

    private static Task<string> ConvertAsync(string file, string filter, string extension) =>
        ConvertAsync(file, filter, extension, (path, cancel) => File.ReadAllTextAsync(path, cancel));

    private static async Task<T> ConvertAsync<T>(string file, string filter, string extension, Func<string, CancellationToken, Task<T>> read)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: scripts/test.sh installs libreoffice-calc-nogui and libreoffice-writer-nogui.");
        }

        var work = Directory.CreateTempSubdirectory("dangvu-office-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                $"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--norestore", "--convert-to", filter, "--outdir", work.FullName, file,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(Patience);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var converted = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(file) + extension);
            return File.Exists(converted)
                ? await read(converted, CancellationToken.None)
                : throw new InvalidOperationException($"LibreOffice did not convert {file}: {await output} {await errors}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
