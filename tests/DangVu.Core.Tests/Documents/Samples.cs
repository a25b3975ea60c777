namespace DangVu.Core.Tests.Documents;

/// <summary>The sample documents copied next to the tests.</summary>
internal static class Samples
{
    /// <summary>Thông báo 509-TB/TU of Tỉnh uỷ Bình Thuận, 22/5/2008: the seed document, exactly as received.</summary>
    public static string Seed => Read("509-TB-TU.txt");

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "Samples", name));
}
