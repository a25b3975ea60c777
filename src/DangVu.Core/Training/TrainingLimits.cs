namespace DangVu.Core.Training;

/// <summary>Column sizes shared by the checks and the database.</summary>
public static class TrainingLimits
{
    /// <summary>A class's name.</summary>
    public const int Name = 200;

    /// <summary>The resolution or subject studied.</summary>
    public const int Topic = 300;

    /// <summary>A session's title.</summary>
    public const int SessionTitle = 200;

    /// <summary>A certificate's number.</summary>
    public const int CertificateNumber = 64;

    /// <summary>A place or a note.</summary>
    public const int Note = 1000;

    /// <summary>Sessions in one class.</summary>
    public const int MaxSessions = 60;
}
