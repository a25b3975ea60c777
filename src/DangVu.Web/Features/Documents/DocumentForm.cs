using DangVu.Core.Documents;
using DangVu.Core.Text;

namespace DangVu.Web.Features.Documents;

/// <summary>
/// The parts of a document as the preview form shows them for correction: one text box per part, dates as
/// dd/mm/yyyy, lists (recipients, bodies above the issuer) one a line. Sections, tasks and citations stay as read.
/// </summary>
public sealed class DocumentForm
{
    public string? NumberSymbol { get; set; }

    public string? Type { get; set; }

    public string? Issuer { get; set; }

    public string? IssuerParents { get; set; }

    public string? Place { get; set; }

    public string? Date { get; set; }

    public string? Title { get; set; }

    public string? Recipients { get; set; }

    public string? SigningAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    public static DocumentForm From(ParsedDocument parts) => new()
    {
        NumberSymbol = parts.NumberSymbol,
        Type = parts.Type,
        Issuer = parts.Issuer,
        IssuerParents = string.Join('\n', parts.IssuerParents),
        Place = parts.Place,
        Date = parts.Date is { } date ? VietnameseDates.Numeric(date) : null,
        Title = parts.Title,
        Recipients = string.Join('\n', parts.Recipients.Select(recipient => $"- {recipient}")),
        SigningAuthority = parts.SigningAuthority,
        SignerTitle = parts.SignerTitle,
        SignerName = parts.SignerName,
    };

    /// <summary>
    /// The parts as corrected, on top of what was read (sections, tasks and citations kept); a date that does not read
    /// is an error under "Date" (an empty one is left for the register to ask for).
    /// </summary>
    public (ParsedDocument Parts, string? DateError) Apply(ParsedDocument read)
    {
        ArgumentNullException.ThrowIfNull(read);
        DateOnly? date = null;
        string? dateError = null;
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (VietnameseDates.TryParse(Date, out var parsed))
            {
                date = parsed;
            }
            else
            {
                dateError = $"Không đọc được ngày ban hành “{Date}”: hãy viết ngày/tháng/năm.";
            }
        }

        return (read with
        {
            NumberSymbol = NumberSymbol,
            Type = Type,
            Issuer = Issuer,
            IssuerParents = Lines(IssuerParents),
            Place = Place,
            Date = date,
            Title = Title,
            Recipients = Lines(Recipients),
            SigningAuthority = SigningAuthority,
            SignerTitle = SignerTitle,
            SignerName = SignerName,
            Warnings = [],
        }, dateError);
    }

    /// <summary>One item a line, without the list's dash or the closing punctuation a recipient line ends with.</summary>
    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n')
            .Select(line => line.Trim().TrimStart('-', '–', '+', '•').Trim().TrimEnd(';', ',', '.').Trim())
            .Where(line => line.Length > 0)
            .ToList();
}
