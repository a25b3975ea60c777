namespace DangVu.Data.Members;

/// <summary>Names' folded keys, sorted, for the numbers of those starting with or equal to a typed key.</summary>
internal sealed class NameKeys
{
    private readonly string[] _keys;
    private readonly int[] _numbers;

    public NameKeys(string[] names)
    {
        _keys = names.Select(name => Core.Text.VietnameseText.SearchKey(name)).ToArray();
        _numbers = Enumerable.Range(0, names.Length).ToArray();
        Array.Sort(_keys, _numbers, StringComparer.Ordinal);
    }

    public IEnumerable<int> StartingWith(string prefix)
    {
        var (first, end) = RanksStartingWith(prefix);
        for (var rank = first; rank < end; rank++)
        {
            yield return _numbers[rank];
        }
    }

    /// <summary>The ranks, in key order, of the names starting with <paramref name="prefix"/>: [first, end).</summary>
    public (int First, int End) RanksStartingWith(string prefix)
    {
        var first = From(prefix);
        var end = first;
        while (end < _keys.Length && _keys[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (first, end);
    }

    public int NumberAt(int rank) => _numbers[rank];

    /// <summary>Each name's rank in key order, by number.</summary>
    public int[] RankOfEach()
    {
        var ranks = new int[_numbers.Length];
        for (var rank = 0; rank < _numbers.Length; rank++)
        {
            ranks[_numbers[rank]] = rank;
        }

        return ranks;
    }

    /// <summary>How many members the names of ranks [first, end) hold together.</summary>
    public long MembersRanked(int first, int end, int[][] positionsOf)
    {
        long members = 0;
        for (var rank = first; rank < end; rank++)
        {
            members += positionsOf[_numbers[rank]].Length;
        }

        return members;
    }

    public IEnumerable<int> Exactly(string key)
    {
        for (var index = From(key); index < _keys.Length && _keys[index] == key; index++)
        {
            yield return _numbers[index];
        }
    }

    private int From(string prefix)
    {
        var index = Array.BinarySearch(_keys, prefix, StringComparer.Ordinal);
        if (index < 0)
        {
            return ~index;
        }

        // Equal keys (two spellings folding alike) are adjacent; start at the first.
        while (index > 0 && _keys[index - 1] == prefix)
        {
            index--;
        }

        return index;
    }
}
