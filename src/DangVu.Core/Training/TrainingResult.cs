namespace DangVu.Core.Training;

/// <summary>The result of one person in a class.</summary>
public enum TrainingResult
{
    /// <summary>Chưa có kết quả.</summary>
    Pending = 0,

    /// <summary>Hoàn thành (đạt yêu cầu): a certificate may be issued.</summary>
    Passed = 1,

    /// <summary>Không đạt.</summary>
    Failed = 2,
}

/// <summary>Names of the results.</summary>
public static class TrainingResults
{
    /// <summary>The Vietnamese name of the result.</summary>
    public static string Title(TrainingResult result) => result switch
    {
        TrainingResult.Passed => "Hoàn thành",
        TrainingResult.Failed => "Không đạt",
        _ => "Chưa có kết quả",
    };
}
