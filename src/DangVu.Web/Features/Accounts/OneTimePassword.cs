using System.Security.Cryptography;

namespace DangVu.Web.Features.Accounts;

/// <summary>Random passwords for new accounts, read aloud or copied once, then changed at first sign-in.</summary>
internal static class OneTimePassword
{
    // No 0/O, 1/l/I: the password is often read from a screen and typed by hand.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const int Length = 16;

    public static string Generate()
    {
        var all = Upper + Lower + Digits;
        var characters = new char[Length];
        characters[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        characters[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        characters[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var index = 3; index < Length; index++)
        {
            characters[index] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }
}
