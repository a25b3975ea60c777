namespace DangVu.Core.Documents;

/// <summary>
/// Which parts of a <see cref="ParsedDocument"/> a person should check before registering it: the parts it left
/// empty, and the parts its warnings name (a blank serial, a type heading that contradicts the code). Named by the
/// <see cref="ParsedDocument"/> property names.
/// </summary>
public static class DocumentDoubts
{
    /// <summary>The parts every registered document should have; an empty one is doubtful.</summary>
    private static readonly (string Field, Func<ParsedDocument, bool> Missing)[] Expected =
    [
        (nameof(ParsedDocument.Issuer), d => d.Issuer is null),
        (nameof(ParsedDocument.NumberSymbol), d => d.NumberSymbol is null || d.Serial is null),
        (nameof(ParsedDocument.Type), d => d.Type is null),
        (nameof(ParsedDocument.Place), d => d.Place is null),
        (nameof(ParsedDocument.Date), d => d.Date is null),
        (nameof(ParsedDocument.Title), d => d.Title is null),
        (nameof(ParsedDocument.Recipients), d => d.Recipients.Count == 0),
        (nameof(ParsedDocument.SigningAuthority), d => d.SigningAuthority is null),
        (nameof(ParsedDocument.SignerTitle), d => d.SignerTitle is null),
        (nameof(ParsedDocument.SignerName), d => d.SignerName is null),
    ];

    /// <summary>The warnings' own sentences, each with the part it is about.</summary>
    private static readonly (string Start, string Field)[] WarningFields =
    [
        (DocumentWarnings.NoSymbol, nameof(ParsedDocument.NumberSymbol)),
        ("Số văn bản để trống", nameof(ParsedDocument.NumberSymbol)),
        (DocumentWarnings.NoDate, nameof(ParsedDocument.Date)),
        ("Ngày ban hành", nameof(ParsedDocument.Date)),
        (DocumentWarnings.NoPlace, nameof(ParsedDocument.Place)),
        (DocumentWarnings.NoIssuer, nameof(ParsedDocument.Issuer)),
        (DocumentWarnings.NoType, nameof(ParsedDocument.Type)),
        ("Tên loại", nameof(ParsedDocument.Type)),
        (DocumentWarnings.NoTitle, nameof(ParsedDocument.Title)),
        (DocumentWarnings.NoRecipients, nameof(ParsedDocument.Recipients)),
        (DocumentWarnings.NoSigner, nameof(ParsedDocument.SignerName)),
        (DocumentWarnings.NoSignerTitle, nameof(ParsedDocument.SignerTitle)),
    ];

    /// <summary>The doubtful parts of <paramref name="document"/>.</summary>
    public static IReadOnlySet<string> Of(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, missing) in Expected)
        {
            if (missing(document))
            {
                fields.Add(field);
            }
        }

        foreach (var warning in document.Warnings)
        {
            foreach (var (start, field) in WarningFields)
            {
                if (warning.StartsWith(start, StringComparison.Ordinal))
                {
                    fields.Add(field);
                }
            }
        }

        return fields;
    }
}
