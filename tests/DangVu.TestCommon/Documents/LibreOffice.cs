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

    /// <summary>A document converted to PDF by LibreOffice Writer; the PDF's bytes.</summary>
    public static async Task<byte[]> DocumentAsPdfAsync(string document)
    {
        var pdf = await ConvertAsync(document, "pdf", ".pdf", binary: true);
        return Convert.FromBase64String(pdf);
    }

    private static async Task<string> ConvertAsync(string file, string filter, string extension, bool binary = false)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: scripts/test.sh installs libreoffice-calc-nogui.");
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
                ? binary ? Convert.ToBase64String(await File.ReadAllBytesAsync(converted)) : await File.ReadAllTextAsync(converted)
                : throw new InvalidOperationException($"LibreOffice did not convert {file}: {await output} {await errors}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
