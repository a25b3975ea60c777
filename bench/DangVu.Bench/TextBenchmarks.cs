using System.Text;
using BenchmarkDotNet.Attributes;
using DangVu.Core.Text;

namespace DangVu.Bench;

/// <summary>
/// Normalization and search keys run on every name typed and every row imported. The baseline is .NET's
/// own NFC normalization of the same text, measured in the same run, so the figure that matters is the ratio.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string[] _names = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(509);
        string[] families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
        string[] middles = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thanh", "Hữu", "Quốc"];
        string[] givens = ["Hòa", "Thủy", "Khỏe", "Dũng", "Đức", "Ánh", "Tuyết", "Quý", "Hoàng", "Nguyên", "Thụy", "Uyên"];
        _names = Enumerable.Range(0, 10_000)
            .Select(_ => $"{families[random.Next(families.Length)]} {middles[random.Next(middles.Length)]} {givens[random.Next(givens.Length)]}")
            .Select(name => random.Next(2) == 0 ? name : name.Normalize(NormalizationForm.FormD))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "string.Normalize(FormC)")]
    public int DotNetNfc()
    {
        var length = 0;
        foreach (var name in _names)
        {
            length += name.Normalize(NormalizationForm.FormC).Length;
        }

        return length;
    }

    [Benchmark(Description = "VietnameseText.Normalize")]
    public int Normalize()
    {
        var length = 0;
        foreach (var name in _names)
        {
            length += VietnameseText.Normalize(name).Length;
        }

        return length;
    }

    [Benchmark(Description = "VietnameseText.SearchKey")]
    public int SearchKey()
    {
        var length = 0;
        foreach (var name in _names)
        {
            length += VietnameseText.SearchKey(name).Length;
        }

        return length;
    }

    [Benchmark(Description = "sort 10,000 names (PersonNames.Comparer)")]
    public string SortNames() => _names.Order(PersonNames.Comparer).First();
}
