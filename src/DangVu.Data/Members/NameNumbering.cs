namespace DangVu.Data.Members;

/// <summary>Distinct names numbered in the order first seen.</summary>
internal sealed class NameNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public List<string> Names { get; } = [];

    public int NumberOf(string name)
    {
        if (!_numbers.TryGetValue(name, out var number))
        {
            number = Names.Count;
            _numbers.Add(name, number);
            Names.Add(name);
        }

        return number;
    }
}
