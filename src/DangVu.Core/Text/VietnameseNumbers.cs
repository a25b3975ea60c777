using System.Globalization;

namespace DangVu.Core.Text;

/// <summary>Numbers as Vietnamese readers write them: "1.500", "12,5".</summary>
public static class VietnameseNumbers
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A whole number with dots between thousands: 1500 → "1.500".</summary>
    public static string Format(long value) => value.ToString("N0", Vietnamese);
}
