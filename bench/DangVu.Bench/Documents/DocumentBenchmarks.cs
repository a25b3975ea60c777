using System.Text;
using BenchmarkDotNet.Attributes;
using DangVu.Core.Documents;

namespace DangVu.Bench.Documents;

/// <summary>
/// The document parser on the seed (509-TB/TU, 12,000 characters): as received, and as a PDF would give it (one
/// cell per line, body wrapped at 70 characters, no blank lines). Baseline: NFC-normalizing the same text, the least
/// any reader of untrusted text must do. The goal is ≥ 5,000 seed-sized documents a second on one core.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private string _seed = string.Empty;
    private string _ragged = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "509-TB-TU.txt"));
        _ragged = Ragged(_seed);
    }

    [Benchmark(Baseline = true, Description = "string.Normalize(FormC) of the seed")]
    public int Normalize() => _seed.Normalize(NormalizationForm.FormC).Length;

    [Benchmark(Description = "DocumentParser.Parse(seed)")]
    public int ParseSeed() => DocumentParser.Parse(_seed).Tasks.Count;

    [Benchmark(Description = "DocumentParser.Parse(seed as PDF text)")]
    public int ParseRagged() => DocumentParser.Parse(_ragged).Tasks.Count;

    /// <summary>The seed as PDF text extraction gives it: each cell on its own line, paragraphs wrapped, no blank lines.</summary>
    private static string Ragged(string text)
    {
        var output = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            foreach (var cell in line.Split("   ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var rest = cell;
                while (rest.Length > 70)
                {
                    var cut = rest.LastIndexOf(' ', 70);
                    cut = cut <= 0 ? 70 : cut;
                    output.Append(rest, 0, cut).Append('\n');
                    rest = rest[cut..].TrimStart();
                }

                output.Append(rest).Append('\n');
            }
        }

        return output.ToString();
    }
}
