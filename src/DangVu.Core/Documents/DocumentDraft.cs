namespace DangVu.Core.Documents;

/// <summary>What the readers have found so far; <see cref="ToDocument"/> makes the immutable result.</summary>
internal sealed class DocumentDraft
{
    public string? Issuer { get; set; }

    public List<string> IssuerParents { get; } = [];

    public string? NumberSymbol { get; set; }

    /// <summary>Serial, year, type and issuer codes folded: how the register and the references compare symbols.</summary>
    public string? SymbolKey { get; set; }

    public bool StateSymbol { get; set; }

    public int? Serial { get; set; }

    public string? TypeCode { get; set; }

    public string? IssuerCode { get; set; }

    /// <summary>The type the heading line names ("THÔNG BÁO" → "Thông báo").</summary>
    public string? Heading { get; set; }

    public string? Place { get; set; }

    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public List<ParsedSection> Sections { get; } = [];

    public List<ParsedTask> Tasks { get; } = [];

    public List<ParsedReference> References { get; } = [];

    public List<string> Recipients { get; } = [];

    public string? SigningAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    public List<string> Warnings { get; } = [];

    public void Warn(string warning)
    {
        if (!Warnings.Contains(warning))
        {
            Warnings.Add(warning);
        }
    }

    public ParsedDocument ToDocument() => new()
    {
        Issuer = Issuer,
        IssuerParents = IssuerParents.ToArray(),
        NumberSymbol = NumberSymbol,
        Serial = Serial,
        TypeCode = TypeCode,
        IssuerCode = IssuerCode,
        Type = Heading ?? DocumentTypes.FromCode(TypeCode, StateSymbol),
        Place = Place,
        Date = Date,
        Title = Title,
        Sections = Sections.ToArray(),
        Tasks = Tasks.ToArray(),
        References = References.ToArray(),
        Recipients = Recipients.ToArray(),
        SigningAuthority = SigningAuthority,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
        Warnings = Warnings.ToArray(),
    };
}
