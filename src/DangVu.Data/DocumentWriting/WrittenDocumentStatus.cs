namespace DangVu.Data.DocumentWriting;

/// <summary>A composed document is a draft (no serial, may change) until it is issued (serial given, fixed).</summary>
public enum WrittenDocumentStatus
{
    Draft = 1,
    Issued = 2,
}
