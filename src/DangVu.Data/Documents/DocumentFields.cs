using System.Globalization;
using System.Text;
using DangVu.Core.Documents;
using DangVu.Core.Text;

namespace DangVu.Data.Documents;

/// <summary>
/// Checks the confirmed parts of a document and writes them onto its row: each value in NFC with blanks collapsed
/// but the document's own tone placement kept (a register transcribes paper), the keys folded for search.
/// </summary>
public static class DocumentFields
{
    /// <summary>The field name of refusals about the file itself.</summary>
    public const string FileField = "File";

    /// <summary>The refusals for missing or over-long parts, in Vietnamese.</summary>
    internal static List<DocumentError> Check(ParsedDocument parts)
    {
        var errors = new List<DocumentError>();
        var symbol = Clean(parts.NumberSymbol);
        if (symbol is null || NumberSymbolKey.Of(symbol).Length == 0)
        {
            errors.Add(new(nameof(ParsedDocument.NumberSymbol), "Hãy nhập số và ký hiệu văn bản (vd: 509-TB/TU)."));
        }

        if (parts.Date is null)
        {
            errors.Add(new(nameof(ParsedDocument.Date), "Hãy nhập ngày ban hành (ngày/tháng/năm)."));
        }

        if (Clean(parts.Issuer) is null)
        {
            errors.Add(new(nameof(ParsedDocument.Issuer), "Hãy nhập cơ quan ban hành."));
        }

        TooLong(errors, nameof(ParsedDocument.NumberSymbol), "Số và ký hiệu", symbol, DocumentLimits.NumberSymbol);
        TooLong(errors, nameof(ParsedDocument.Issuer), "Cơ quan ban hành", Clean(parts.Issuer), DocumentLimits.Issuer);
        TooLong(errors, nameof(ParsedDocument.Type), "Tên loại", Clean(parts.Type), DocumentLimits.Type);
        TooLong(errors, nameof(ParsedDocument.Place), "Nơi ban hành", Clean(parts.Place), DocumentLimits.Place);
        TooLong(errors, nameof(ParsedDocument.Title), "Trích yếu", Clean(parts.Title), DocumentLimits.Title);
        TooLong(errors, nameof(ParsedDocument.SigningAuthority), "Thẩm quyền ký", Clean(parts.SigningAuthority), DocumentLimits.Issuer);
        TooLong(errors, nameof(ParsedDocument.SignerTitle), "Chức vụ người ký", Clean(parts.SignerTitle), DocumentLimits.Issuer);
        TooLong(errors, nameof(ParsedDocument.SignerName), "Người ký", Clean(parts.SignerName), DocumentLimits.Issuer);
        TooLong(errors, nameof(ParsedDocument.Recipients), "Nơi nhận", Lines(parts.Recipients), DocumentLimits.Lines);
        TooLong(errors, nameof(ParsedDocument.IssuerParents), "Cơ quan cấp trên", Lines(parts.IssuerParents), DocumentLimits.Lines);
        return errors;
    }

    /// <summary>Writes the parts onto the row (its citations by <see cref="CitationLinks"/>, its sections and tasks here).</summary>
    internal static void Apply(RegisteredDocument document, ParsedDocument parts, string fullText)
    {
        var symbol = NumberSymbolParts.Of(Clean(parts.NumberSymbol)!);
        document.NumberSymbol = symbol.NumberSymbol;
        document.SymbolKey = NumberSymbolKey.Of(symbol.NumberSymbol);
        document.Serial = symbol.Serial;
        document.TypeCode = symbol.TypeCode;
        document.TypeKey = symbol.TypeCode is null ? null : VietnameseText.SearchKey(symbol.TypeCode);
        document.IssuerCode = symbol.IssuerCode;
        document.Type = Clean(parts.Type);
        document.Issuer = Clean(parts.Issuer)!;
        document.IssuerKey = VietnameseText.SearchKey(document.Issuer);
        document.IssuerParents = Lines(parts.IssuerParents);
        document.Place = Clean(parts.Place);
        document.Date = parts.Date!.Value;
        document.Title = Clean(parts.Title);
        document.Recipients = Lines(parts.Recipients);
        document.SigningAuthority = Clean(parts.SigningAuthority);
        document.SignerTitle = Clean(parts.SignerTitle);
        document.SignerName = Clean(parts.SignerName);
        document.FullText = fullText.Normalize(NormalizationForm.FormC);
        document.SearchText = VietnameseText.SearchKey(string.Join(' ', document.NumberSymbol, document.Type, document.Title, document.Issuer, fullText));

        document.Sections.Clear();
        document.Sections.AddRange(parts.Sections.Select((section, index) => new DocumentSection
        {
            DocumentId = document.Id,
            Position = index,
            Number = Truncate(Clean(section.Number) ?? string.Empty, 16),
            Heading = Truncate(Clean(section.Heading) ?? string.Empty, DocumentLimits.Title),
        }));
        document.Tasks.Clear();
        document.Tasks.AddRange(parts.Tasks.Select(task => new DocumentTask { DocumentId = document.Id, Number = task.Number, Text = task.Text.Trim() }));
    }

    /// <summary>Trimmed, NFC, blanks collapsed; null when nothing is left.</summary>
    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var character in value.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(character))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Cleaned lines, one a line, null when none.</summary>
    internal static string? Lines(IEnumerable<string> lines)
    {
        var kept = lines.Select(Clean).OfType<string>().ToList();
        return kept.Count == 0 ? null : string.Join('\n', kept);
    }

    /// <summary>The lines of a stored multi-line field.</summary>
    public static IReadOnlyList<string> Split(string? lines) =>
        string.IsNullOrEmpty(lines) ? [] : lines.Split('\n');

    internal static string Describe(RegisteredDocument document) =>
        string.Create(CultureInfo.InvariantCulture, $"{document.NumberSymbol} của {document.Issuer} ngày {VietnameseDates.Numeric(document.Date)}");

    private static void TooLong(List<DocumentError> errors, string field, string label, string? value, int limit)
    {
        if (value is not null && value.Length > limit)
        {
            errors.Add(new(field, $"{label} dài quá {limit} ký tự."));
        }
    }

    private static string Truncate(string value, int limit) => value.Length > limit ? value[..limit] : value;
}
