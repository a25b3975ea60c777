namespace DangVu.Data.Documents;

/// <summary>What an uploaded document file is, told by its content.</summary>
public enum DocumentFileKind
{
    /// <summary>Plain text, in any encoding <see cref="DocumentFile.Decode"/> reads.</summary>
    Text,

    /// <summary>A Word document (Office Open XML).</summary>
    Docx,

    /// <summary>A PDF; only its text layer is read.</summary>
    Pdf,

    /// <summary>A Word 97–2003 .doc, not read.</summary>
    LegacyWord,

    /// <summary>A ZIP package that is not a Word document.</summary>
    OtherZip,
}
