namespace DangVu.Data.Documents;

/// <summary>A section of a registered document ("I- Đánh giá tình hình …").</summary>
public sealed class DocumentSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DocumentId { get; set; }

    public int Position { get; set; }

    public string Number { get; set; } = string.Empty;

    public string Heading { get; set; } = string.Empty;
}

/// <summary>A numbered task of a registered document, with its sub-paragraphs: what directive follow-up tracks.</summary>
public sealed class DocumentTask
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DocumentId { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;
}

/// <summary>The original file of a registered document, kept apart so lists and searches never read it.</summary>
public sealed class DocumentContent
{
    public Guid DocumentId { get; set; }

    public byte[] Bytes { get; set; } = [];
}
