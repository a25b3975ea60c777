using System.Globalization;

namespace DangVu.Core.FollowUp;

/// <summary>A month or a quarter: the span one periodic report covers.</summary>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day.</param>
/// <param name="Cadence">Monthly or quarterly.</param>
public sealed record ReportPeriod(DateOnly Start, DateOnly End, ReportCadence Cadence)
{
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    /// <summary>"tháng 6/2008" or "quý III/2008".</summary>
    public string Label => Cadence == ReportCadence.Quarterly
        ? string.Create(CultureInfo.InvariantCulture, $"quý {Quarters[(Start.Month - 1) / 3]}/{Start.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"tháng {Start.Month}/{Start.Year}");

    /// <summary>Whether the date falls in the period.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The month or quarter that holds <paramref name="date"/>.</summary>
    public static ReportPeriod Containing(DateOnly date, ReportCadence cadence)
    {
        var months = Months(cadence);
        var firstMonth = ((date.Month - 1) / months * months) + 1;
        var start = new DateOnly(date.Year, firstMonth, 1);
        return new ReportPeriod(start, start.AddMonths(months).AddDays(-1), cadence);
    }

    /// <summary>The period right after this one.</summary>
    public ReportPeriod Next() => Containing(End.AddDays(1), Cadence);

    /// <summary>
    /// The whole periods from the first that starts on or after <paramref name="from"/> to the last that ends on or before
    /// <paramref name="to"/>: a task that starts on 22/5 owes its first monthly report for June, not for nine days of May.
    /// </summary>
    public static IEnumerable<ReportPeriod> Between(DateOnly from, DateOnly to, ReportCadence cadence)
    {
        if (cadence == ReportCadence.None)
        {
            yield break;
        }

        var period = Containing(from, cadence);
        if (period.Start < from)
        {
            period = period.Next();
        }

        for (; period.End <= to; period = period.Next())
        {
            yield return period;
        }
    }

    private static int Months(ReportCadence cadence) => cadence switch
    {
        ReportCadence.Monthly => 1,
        ReportCadence.Quarterly => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "A period needs a cadence."),
    };
}
