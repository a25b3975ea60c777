namespace DangVu.Core.DocumentWriting;

/// <summary>
/// Lays a composed document out in the party format (Quy định 66-QĐ/TW 2017, HD 36-HD/VPTW 2018): A4 with the party
/// margins; left of the header the bodies above the issuer, the issuer in bold, "*" and the number-symbol (and a
/// letter's "V/v …"); right "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date; the type name and title centred; the
/// body justified with an indented first line; "Nơi nhận:" bottom left and the signature bottom right. Font sizes are
/// the guide's usual ones (13–16 pt, Times New Roman in Word).
/// </summary>
public static class PartyLayout
{
    /// <summary>The national title every party document carries.</summary>
    public const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private const double HeaderShare = 0.45;
    private const double FooterShare = 0.5;
    private const double BodyIndentMm = 10;
    private const double SignatureRoomLines = 3;

    private static readonly TextStyle Regular = new(14);
    private static readonly TextStyle Bold = new(14, Bold: true);
    private static readonly TextStyle Small = new(12);

    /// <summary>The layout of <paramref name="document"/>.</summary>
    public static DocumentLayout Build(ComposedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentLayout(PageSetup.PartyA4, Header(document), Heading(document), Body(document), Footer(document));
    }

    private static List<LayoutColumns> Header(ComposedDocument document)
    {
        var issuer = new List<LayoutParagraph>();
        issuer.AddRange(document.IssuerParents.Select(parent => Centered(parent, Regular)));
        issuer.Add(Centered(document.Issuer, Bold));
        issuer.Add(Centered("*", Regular));
        var party = new List<LayoutParagraph> { Centered(PartyName, new TextStyle(15, Bold: true, Underline: true)) };

        var number = new List<LayoutParagraph> { Centered(document.NumberLine, Regular) };
        if (document.Kind.IsLetter)
        {
            number.Add(Centered($"V/v {document.Title}", new TextStyle(12, Italic: true)));
        }

        var date = new List<LayoutParagraph> { new(document.PlaceAndDate, new TextStyle(14, Italic: true), LineAlignment.Right) };
        return [new LayoutColumns(issuer, party, HeaderShare), new LayoutColumns(number, date, HeaderShare)];
    }

    private static List<LayoutParagraph> Heading(ComposedDocument document)
    {
        if (document.Kind.IsLetter)
        {
            return [Centered(string.Empty, Regular)];
        }

        return
        [
            Centered(string.Empty, Regular),
            Centered(document.Kind.Heading, new TextStyle(16, Bold: true)),
            Centered(document.Title, Bold),
            new("-----", Regular, LineAlignment.Center, SpaceAfterPt: 6),
        ];
    }

    /// <summary>The paragraphs, and an empty line that keeps the footer off the last one.</summary>
    private static List<LayoutParagraph> Body(ComposedDocument document) =>
    [
        .. document.Body.Select(paragraph => paragraph.Role switch
        {
            BodyParagraphRole.Section => new LayoutParagraph(paragraph.Text, Bold, LineAlignment.Justify, BodyIndentMm, 6),
            BodyParagraphRole.Salutation => new LayoutParagraph(paragraph.Text, Regular, LineAlignment.Center, 0, 12),
            _ => new LayoutParagraph(paragraph.Text, Regular, LineAlignment.Justify, BodyIndentMm, 6),
        }),
        Centered(string.Empty, Regular),
    ];

    private static LayoutColumns Footer(ComposedDocument document)
    {
        var recipients = new List<LayoutParagraph> { new("Nơi nhận:", new TextStyle(14, Bold: true, Italic: true, Underline: true), LineAlignment.Left) };
        for (var index = 0; index < document.Recipients.Count; index++)
        {
            var last = index == document.Recipients.Count - 1;
            recipients.Add(new LayoutParagraph($"- {document.Recipients[index]}{(last ? "." : ",")}", Small, LineAlignment.Left));
        }

        var signature = document.Signature.AuthorityLines.Select(line => Centered(line, Bold)).ToList();
        signature.Add(Centered(document.Signature.SignerTitle, Bold));
        for (var line = 0; line < SignatureRoomLines; line++)
        {
            signature.Add(Centered(string.Empty, Regular));
        }

        signature.Add(Centered(document.Signature.SignerName, Bold));
        return new LayoutColumns(recipients, signature, FooterShare);
    }

    private static LayoutParagraph Centered(string text, TextStyle style) => new(text, style, LineAlignment.Center);
}
