using System.Buffers;
using System.Text;

namespace DangVu.Core.Tests.Text;

/// <summary>
/// The older tone placement (hòa, thủy, khỏe, ủy): the mark on the first vowel of an open oa, oe or uy.
/// Written apart from the product code so the tests do not grade it with itself.
/// </summary>
internal static class OldTonePlacement
{
    private static readonly SearchValues<char> Tones = SearchValues.Create("\u0300\u0301\u0303\u0309\u0323");

    /// <summary>The syllable (NFC) with its tone on the first vowel, or null when nothing can move.</summary>
    public static string? Move(string syllable)
    {
        var decomposed = syllable.Normalize(NormalizationForm.FormD);
        var toneIndex = decomposed.AsSpan().IndexOfAny(Tones);
        if (toneIndex < 0)
        {
            return null;
        }

        var bare = decomposed.Remove(toneIndex, 1);
        if (bare.Length < 2)
        {
            return null;
        }

        // Only an open syllable ends in the nucleus itself; "hoàn", "khuyết" have one accepted placement.
        var nucleus = bare[^2..].ToLowerInvariant();
        if (nucleus is not ("oa" or "oe" or "uy"))
        {
            return null;
        }

        // In "quý" the u belongs to the consonant qu, so y is the only vowel.
        if (nucleus == "uy" && bare.Length > 2 && char.ToLowerInvariant(bare[^3]) == 'q')
        {
            return null;
        }

        return bare.Insert(bare.Length - 1, decomposed[toneIndex].ToString()).Normalize(NormalizationForm.FormC);
    }
}
