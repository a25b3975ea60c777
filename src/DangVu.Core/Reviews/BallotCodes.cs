using System.Security.Cryptography;
using System.Text;

namespace DangVu.Core.Reviews;

/// <summary>
/// One-time ballot codes: random, printed once and handed out like paper ballots; only their hashes are kept, and
/// apart from who was given a ballot, so no stored value ties a cast ballot to a voter.
/// </summary>
public static class BallotCodes
{
    // No look-alikes (0/O, 1/I/L), so a code read off paper is typed right.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 10;

    /// <summary>A new random code ("KQ7M-2ZP4-XH").</summary>
    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var text = new string(chars);
        return $"{text[..4]}-{text[4..8]}-{text[8..]}";
    }

    /// <summary>The stored hash of a code as typed (case, spaces and dashes ignored), in hexadecimal.</summary>
    public static string Hash(string code)
    {
        var normalized = new string([.. (code ?? string.Empty).ToUpperInvariant().Where(char.IsLetterOrDigit)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("dangvu-ballot:" + normalized)));
    }
}
