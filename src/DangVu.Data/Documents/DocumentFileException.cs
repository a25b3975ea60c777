namespace DangVu.Data.Documents;

/// <summary>A document file that cannot be turned into text; the message is Vietnamese and says what to do.</summary>
public sealed class DocumentFileException : Exception
{
    public DocumentFileException()
    {
    }

    public DocumentFileException(string message)
        : base(message)
    {
    }

    public DocumentFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
