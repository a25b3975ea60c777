using System.Globalization;

namespace DangVu.Core.Rules;

/// <summary>
/// An exact share such as 2/3 or 1/5. Comparisons multiply out in whole numbers, never in floating point, so
/// 6 votes of 9 reach 2/3 exactly and 5 of 8 do not.
/// </summary>
/// <param name="Numerator">The top number, at least 1.</param>
/// <param name="Denominator">The bottom number, at least <paramref name="Numerator"/>.</param>
public sealed record Fraction(int Numerator, int Denominator)
{
    /// <summary>Two thirds: the vote threshold of cells and committees.</summary>
    public static readonly Fraction TwoThirds = new(2, 3);

    /// <summary>True when <paramref name="part"/> of <paramref name="whole"/> is at least this share. Nothing is reached of a whole of 0.</summary>
    public bool IsReachedBy(int part, int whole) =>
        whole > 0 && part >= 0 && (long)part * Denominator >= (long)Numerator * whole;

    /// <summary>The largest count that stays within this share of <paramref name="whole"/> (rounded down): 1/5 of 12 allows 2.</summary>
    public int MaximumOf(int whole) => whole <= 0 ? 0 : (int)((long)Numerator * whole / Denominator);

    /// <summary>"2/3".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    /// <summary>As Vietnamese write a share: "2/3", or "20%" when it is a whole percentage.</summary>
    public string ToVietnamese() =>
        100 * Numerator % Denominator == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{100 * Numerator / Denominator}%")
            : ToString();

    internal string? Problem() =>
        Numerator < 1 || Denominator < Numerator ? $"the share {this} is not between 0 and 1" : null;
}
