namespace DangVu.Data.Documents;

/// <summary>Column lengths of the register; the register refuses longer values in Vietnamese.</summary>
public static class DocumentLimits
{
    public const int NumberSymbol = 64;
    public const int Code = 16;
    public const int Type = 100;
    public const int Issuer = 300;
    public const int Place = 100;
    public const int Title = 2000;
    public const int Lines = 4000;
    public const int FileName = 255;

    /// <summary>The largest original file kept: the size <see cref="DocumentFile"/> reads.</summary>
    public const long FileBytes = DocumentFile.MaxBytes;
}
