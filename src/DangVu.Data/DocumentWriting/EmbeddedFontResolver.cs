using System.Reflection;
using PdfSharp.Fonts;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// Gives PDFsharp the Liberation Serif faces shipped inside this assembly, whatever family is asked for, so a PDF never
/// depends on the fonts installed on the machine (a server may have none with Vietnamese letters).
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family the PDF writer asks for.</summary>
    public const string Family = "Liberation Serif";

    private static readonly Lock Gate = new();

    /// <summary>Installs this resolver for PDFsharp (process-wide), once.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new((isBold, isItalic) switch
    {
        (true, true) => "LiberationSerif-BoldItalic",
        (true, false) => "LiberationSerif-Bold",
        (false, true) => "LiberationSerif-Italic",
        _ => "LiberationSerif-Regular",
    });

    public byte[]? GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"DangVu.Data.DocumentWriting.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
