using System.Text.RegularExpressions;
using DangVu.Core.Text;

namespace DangVu.Core.DocumentWriting;

/// <summary>
/// The body as a form holds it — one paragraph a line — and as a document sets it: paragraphs, each with its role.
/// Numbers are the author's ("I-", "1-", "a)"), so what is printed is what was typed, and what the parser reads back.
/// </summary>
public static partial class DocumentBody
{
    /// <summary>Paragraphs from text: one per non-blank line, each normalised (NFC, one tone placement, single spaces).</summary>
    public static IReadOnlyList<BodyParagraph> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.ReplaceLineEndings("\n").Split('\n')
            .Select(VietnameseText.Normalize)
            .Where(line => line.Length > 0)
            .Select(line => new BodyParagraph(line, RoleOf(line)))
            .ToList();
    }

    /// <summary>The text a form shows for paragraphs: one a line.</summary>
    public static string Join(IEnumerable<BodyParagraph> paragraphs) => string.Join('\n', paragraphs.Select(paragraph => paragraph.Text));

    /// <summary>Lines of a list field (recipients, parent bodies): one item a line, normalised, blanks dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : text.ReplaceLineEndings("\n").Split('\n').Select(VietnameseText.Normalize).Where(line => line.Length > 0).ToList();

    /// <summary>What a paragraph is, from how it opens.</summary>
    public static BodyParagraphRole RoleOf(string paragraph)
    {
        if (SectionNumber().IsMatch(paragraph))
        {
            return BodyParagraphRole.Section;
        }

        if (ItemNumber().IsMatch(paragraph))
        {
            return BodyParagraphRole.Item;
        }

        return paragraph.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase) ? BodyParagraphRole.Salutation : BodyParagraphRole.Plain;
    }

    [GeneratedRegex(@"^(?:[IVX]{1,5})\s*[-.–/]\s*\S")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^\d{1,2}\s*[-.)/]\s*\D")]
    private static partial Regex ItemNumber();
}
