namespace DangVu.Data.FollowUp;

/// <summary>The bytes of evidence files, stored once per SHA-256 (the same file attached twice is kept once).</summary>
public sealed class EvidenceContent
{
    public string Sha256 { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];
}
