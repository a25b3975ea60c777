namespace DangVu.Data.FollowUp;

/// <summary>An evidence file attached to a report: its name, type, size and SHA-256; the bytes are in <see cref="EvidenceContent"/>.</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReportId { get; set; }

    /// <summary>The task, copied so a download's scope check reads one row.</summary>
    public Guid TaskId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>SHA-256 of the bytes, lower-case hex: the key of the stored content.</summary>
    public string Sha256 { get; set; } = string.Empty;
}
