namespace DangVu.Core.Documents;

/// <summary>
/// Reads the text of a party or state document into its parts (<see cref="ParsedDocument"/>): header, title,
/// sections and tasks, cited documents, recipients and signature. It accepts whatever text arrives — NFD or NFC,
/// either tone placement, CRLF or LF, two-column lines laid out with spaces or tabs, one cell per line, the ragged
/// lines of a PDF — and never throws: what it cannot read is left null with a Vietnamese warning.
/// </summary>
public static class DocumentParser
{
    /// <summary>Reads <paramref name="text"/>; never throws.</summary>
    /// <param name="text">The document's text (from a .txt file, or a DOCX or PDF turned into text).</param>
    public static ParsedDocument Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedDocument { Warnings = [DocumentWarnings.Empty] };
        }

        try
        {
            return Read(text);
        }
#pragma warning disable CA1031 // The contract is "never throws": a bug must cost the user a field, not the upload.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new ParsedDocument { Warnings = [DocumentWarnings.Failure] };
        }
    }

    /// <summary>The reading itself, without the safety net, so that tests see any exception it would throw.</summary>
    internal static ParsedDocument Read(string text)
    {
        using var source = SourceText.Create(text);
        var draft = new DocumentDraft();
        var lines = source.Lines;

        var heading = TitleReader.FindHeading(source);
        var headerEnd = heading >= 0 ? heading : FallbackHeaderEnd(source);
        var lastHeaderLine = HeaderReader.Read(source, headerEnd, draft);
        var bodyStart = heading >= 0 ? TitleReader.Read(source, heading, draft) : lastHeaderLine + 1;
        if (draft.Title is null)
        {
            draft.Warn(DocumentWarnings.NoTitle);
        }

        var footerStart = FooterReader.FindStart(source, bodyStart);
        var bodyEnd = footerStart >= 0 ? footerStart : lines.Length;
        BodyReader.Read(source, bodyStart, bodyEnd, draft);
        ReferenceReader.Read(source, source.LineStart(heading >= 0 ? heading : bodyStart), source.LineStart(bodyEnd), draft);
        if (footerStart >= 0)
        {
            FooterReader.Read(source, footerStart, draft);
        }

        CheckType(draft);
        if (draft.Recipients.Count == 0)
        {
            draft.Warn(DocumentWarnings.NoRecipients);
        }

        if (draft.SignerTitle is null && draft.SigningAuthority is null)
        {
            draft.Warn(DocumentWarnings.NoSignerTitle);
        }

        if (draft.SignerName is null)
        {
            draft.Warn(DocumentWarnings.NoSigner);
        }

        return draft.ToDocument();
    }

    /// <summary>Without a type heading (an official letter) the header ends at "Kính gửi" or after 40 lines.</summary>
    private static int FallbackHeaderEnd(SourceText source)
    {
        var seen = 0;
        for (var index = 0; index < source.Lines.Length; index++)
        {
            var line = source.Lines[index];
            if (line.IsBlank)
            {
                continue;
            }

            if (++seen > 40 || DocumentText.StartsWithWords(source.Folded, line.ContentStart, line.ContentEnd, "kinh gui"))
            {
                return index;
            }
        }

        return source.Lines.Length;
    }

    private static void CheckType(DocumentDraft draft)
    {
        if (draft.Heading is { } heading && draft.TypeCode is { } code && !DocumentTypes.Agree(heading, code, draft.StateSymbol))
        {
            draft.Warn(DocumentWarnings.TypeMismatch(heading, code));
        }

        if (draft.Heading is null && DocumentTypes.FromCode(draft.TypeCode, draft.StateSymbol) is null)
        {
            draft.Warn(DocumentWarnings.NoType);
        }
    }
}
