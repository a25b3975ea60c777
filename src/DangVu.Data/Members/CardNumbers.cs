using System.Text;

namespace DangVu.Data.Members;

/// <summary>
/// Every member's card number for <see cref="MemberNameSnapshot"/>: one UTF-8 buffer with where each starts (a string
/// each would triple the memory at national scale), and their sorted hashes, to tell without the database that nobody
/// has the typed text as card number.
/// </summary>
internal sealed class CardNumbers
{
    private readonly byte[] _text;
    private readonly int[] _starts;
    private readonly int[] _sortedHashes;

    private CardNumbers(byte[] text, int[] starts, int[] sortedHashes) => (_text, _starts, _sortedHashes) = (text, starts, sortedHashes);

    /// <summary>The card number at a position in the snapshot, or null.</summary>
    public string? this[int position] => _starts[position + 1] == _starts[position]
        ? null
        : Encoding.UTF8.GetString(_text, _starts[position], _starts[position + 1] - _starts[position]);

    /// <summary>False when no card number is <paramref name="text"/>; true when one may be (hashes can collide).</summary>
    public bool MayContain(string text) => text.Length > 0 && Array.BinarySearch(_sortedHashes, Hash(text)) >= 0;

    // Stable within the process, which is all a snapshot needs.
    private static int Hash(string text) => StringComparer.Ordinal.GetHashCode(text);

    public sealed class Builder
    {
        private readonly List<byte> _text = [];
        private readonly List<int> _starts = [0];
        private readonly List<int> _hashes = [];

        public void Add(string? cardNumber)
        {
            if (!string.IsNullOrEmpty(cardNumber))
            {
                _text.AddRange(Encoding.UTF8.GetBytes(cardNumber));
                _hashes.Add(Hash(cardNumber));
            }

            _starts.Add(_text.Count);
        }

        public CardNumbers Build()
        {
            var hashes = _hashes.ToArray();
            Array.Sort(hashes);
            return new CardNumbers([.. _text], [.. _starts], hashes);
        }
    }
}
