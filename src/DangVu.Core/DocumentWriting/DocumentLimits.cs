namespace DangVu.Core.DocumentWriting;

/// <summary>Longest values the composer accepts (and the columns hold).</summary>
public static class DocumentLimits
{
    /// <summary>A title is one line to the parser, which reads no title line longer than 300 characters.</summary>
    public const int Title = 300;

    /// <summary>Name of the issuing body (and of each body above it).</summary>
    public const int Issuer = 200;

    /// <summary>Bodies written above the issuer.</summary>
    public const int IssuerParents = 3;

    /// <summary>Issuer code of the symbol.</summary>
    public const int IssuerCode = 10;

    /// <summary>Place of the date line.</summary>
    public const int Place = 100;

    /// <summary>The whole body, in characters.</summary>
    public const int Body = 100_000;

    /// <summary>One recipient.</summary>
    public const int Recipient = 300;

    /// <summary>Number of recipients.</summary>
    public const int Recipients = 40;

    /// <summary>What follows T/M, T/L or K/T.</summary>
    public const int SigningBody = 100;

    /// <summary>The signer's title.</summary>
    public const int SignerTitle = 100;

    /// <summary>The signer's name.</summary>
    public const int SignerName = 100;

    /// <summary>The Party was founded on 3 February 1930: no party document is older.</summary>
    public static readonly DateOnly EarliestDate = new(1930, 2, 3);
}
