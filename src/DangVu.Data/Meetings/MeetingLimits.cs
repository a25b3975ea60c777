namespace DangVu.Data.Meetings;

/// <summary>The longest value each text of a meeting may hold (column sizes, and what the forms check), and sane bounds.</summary>
public static class MeetingLimits
{
    public const int Topic = 500;

    public const int Agenda = 4000;

    public const int Location = 300;

    public const int PersonName = 200;

    public const int Proceedings = 20000;

    public const int Reason = 500;

    public const int DocumentTitle = 300;

    public const int DocumentBody = 20000;

    public const int DecisionText = 2000;

    /// <summary>Decisions one meeting may record.</summary>
    public const int Decisions = 30;

    /// <summary>The longest meeting we accept, in minutes (a typing mistake beyond).</summary>
    public const int LongestMinutes = 600;

    /// <summary>More party dues than this at one meeting is taken for a typing mistake (đồng).</summary>
    public const long LargestDues = 1_000_000_000;
}
