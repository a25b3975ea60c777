using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;

namespace DangVu.Core.Admission;

/// <summary>What a secretary is warned about.</summary>
public enum AdmissionAlertKind
{
    /// <summary>Probation ends within 90 days (or has ended and recognition is not yet decided).</summary>
    ProbationEnding,

    /// <summary>The cell has not considered recognition within its deadline after probation ended.</summary>
    RecognitionOverdue,

    /// <summary>The awareness-class certificate expires before the cell votes.</summary>
    CertificateExpiring,

    /// <summary>No ceremony within the deadline after the decision.</summary>
    CeremonyOverdue,
}

/// <summary>The dates of a case the alerts look at.</summary>
/// <param name="Status">The case's status.</param>
/// <param name="Completed">The last step completed.</param>
/// <param name="CertificateIssuedOn">The awareness-class certificate's date.</param>
/// <param name="DecisionOn">The admission decision's date.</param>
/// <param name="CeremonyOn">The ceremony's date.</param>
public sealed record AlertFacts(AdmissionStatus Status, AdmissionStep Completed, DateOnly? CertificateIssuedOn, DateOnly? DecisionOn, DateOnly? CeremonyOn);

/// <summary>One alert: what, by when, how many days are left (negative when past), in Vietnamese.</summary>
public sealed record AdmissionAlert(AdmissionAlertKind Kind, DateOnly Due, int DaysLeft, int? Threshold, string Message);

/// <summary>
/// Alerts for secretaries: probation ending in 90, 60, 30, 15 and 7 days (the alert names the smallest of these the
/// days left fit in), the certificate expiring within 90 days of a case not yet voted on, a ceremony past its
/// deadline. Deadlines come from the rule sets of their dates.
/// </summary>
public static class AdmissionAlerts
{
    /// <summary>Days before the end of probation at which secretaries are alerted (product choice, not a rule).</summary>
    public static readonly IReadOnlyList<int> ProbationThresholds = [7, 15, 30, 60, 90];

    /// <summary>How far ahead an expiring certificate is flagged.</summary>
    public const int CertificateWarningDays = 90;

    /// <summary>The alerts of a case on <paramref name="today"/>.</summary>
    public static IReadOnlyList<AdmissionAlert> For(AlertFacts facts, DateOnly today, RuleBook book, WorkingDayCalendar calendar)
    {
        var alerts = new List<AdmissionAlert>();
        if (facts.Status == AdmissionStatus.Candidate && facts.Completed < AdmissionStep.CellVote
            && facts.CertificateIssuedOn is { } issued && book.TryOn(today, out var rules))
        {
            var through = rules.CertificateValidThrough(issued);
            var left = through.DayNumber - today.DayNumber;
            if (left <= CertificateWarningDays)
            {
                alerts.Add(new(AdmissionAlertKind.CertificateExpiring, through, left, null, left < 0
                    ? $"Giấy chứng nhận lớp nhận thức về Đảng đã hết giá trị từ ngày {VietnameseDates.Numeric(through.AddDays(1))}: cần học lại trước khi chi bộ xét."
                    : $"Giấy chứng nhận lớp nhận thức về Đảng còn giá trị đến ngày {VietnameseDates.Numeric(through)} ({left} ngày nữa)."));
            }
        }

        if (facts.Status == AdmissionStatus.Probationary && facts.DecisionOn is { } decided && facts.CeremonyOn is null
            && book.TryOn(decided, out _))
        {
            var deadline = AdmissionJudge.CeremonyDeadline(book, calendar, decided);
            if (today > deadline)
            {
                alerts.Add(new(AdmissionAlertKind.CeremonyOverdue, deadline, deadline.DayNumber - today.DayNumber, null,
                    $"Quá hạn tổ chức lễ kết nạp (hạn {VietnameseDates.Numeric(deadline)}, quyết định ngày {VietnameseDates.Numeric(decided)})."));
            }
        }

        if (facts.Status == AdmissionStatus.Probationary && facts.CeremonyOn is { } ceremony && facts.Completed < AdmissionStep.RecognitionCellVote
            && book.TryOn(ceremony, out _))
        {
            var ends = AdmissionJudge.ProbationEnds(book, ceremony);
            var left = ends.DayNumber - today.DayNumber;
            var deadline = AdmissionJudge.RecognitionDeadline(book, calendar, ceremony);
            if (today > deadline)
            {
                alerts.Add(new(AdmissionAlertKind.RecognitionOverdue, deadline, deadline.DayNumber - today.DayNumber, null,
                    $"Đã hết dự bị từ ngày {VietnameseDates.Numeric(ends)}; quá hạn chi bộ xét công nhận chính thức (hạn {VietnameseDates.Numeric(deadline)})."));
            }
            else if (left < 0)
            {
                alerts.Add(new(AdmissionAlertKind.ProbationEnding, ends, left, 0,
                    $"Đã hết dự bị ngày {VietnameseDates.Numeric(ends)}: chi bộ xét công nhận chính thức trước ngày {VietnameseDates.Numeric(deadline)}."));
            }
            else if (ProbationThresholds.FirstOrDefault(threshold => left <= threshold) is var threshold and > 0)
            {
                alerts.Add(new(AdmissionAlertKind.ProbationEnding, ends, left, threshold,
                    $"Hết dự bị ngày {VietnameseDates.Numeric(ends)} (còn {left} ngày, trong vòng {threshold} ngày)."));
            }
        }

        return alerts;
    }
}
