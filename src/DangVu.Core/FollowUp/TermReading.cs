namespace DangVu.Core.FollowUp;

/// <summary>What <see cref="TermPhrases"/> read from a task's text: a term and a report cadence, each with the words it came from.</summary>
/// <param name="Term">The term the text sets, or null when it names no deadline or period.</param>
/// <param name="TermPhrase">The words that set it ("trong 7 tháng còn lại").</param>
/// <param name="Cadence">The reporting rhythm the text asks for ("từng tháng, từng quý" → monthly).</param>
/// <param name="CadencePhrase">The words that set it.</param>
public sealed record TermReading(TaskTerm? Term, string? TermPhrase, ReportCadence Cadence, string? CadencePhrase)
{
    /// <summary>Nothing read.</summary>
    public static TermReading Nothing { get; } = new(null, null, ReportCadence.None, null);
}
