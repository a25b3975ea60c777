using DangVu.Core.Admission;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;

namespace DangVu.Core.Tests.Admission;

public sealed class AdmissionAlertsTests
{
    private static readonly RuleBook Book = RuleBook.Default;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Theory]
    [InlineData(91, null)]
    [InlineData(90, 90)]
    [InlineData(61, 90)]
    [InlineData(60, 60)]
    [InlineData(16, 30)]
    [InlineData(15, 15)]
    [InlineData(7, 7)]
    [InlineData(0, 7)]
    public void For_ProbationEndingWithinAThreshold_NamesTheSmallestThreshold(int daysLeft, int? threshold)
    {
        var ceremony = new DateOnly(2025, 12, 1);
        var ends = AdmissionJudge.ProbationEnds(Book, ceremony);
        var today = ends.AddDays(-daysLeft);

        var alerts = AdmissionAlerts.For(new AlertFacts(AdmissionStatus.Probationary, AdmissionStep.Ceremony, null, ceremony.AddDays(-3), ceremony), today, Book, Calendar);

        Assert.Equal(threshold, alerts.SingleOrDefault(a => a.Kind == AdmissionAlertKind.ProbationEnding)?.Threshold);
    }

    [Fact]
    public void For_CeremonyPastDeadlineAndCertificateExpiring_AreFlagged()
    {
        var decided = new DateOnly(2026, 1, 5);
        var deadline = AdmissionJudge.CeremonyDeadline(Book, Calendar, decided);

        var ceremony = AdmissionAlerts.For(new AlertFacts(AdmissionStatus.Probationary, AdmissionStep.Decision, null, decided, null), deadline.AddDays(1), Book, Calendar);
        var onTime = AdmissionAlerts.For(new AlertFacts(AdmissionStatus.Probationary, AdmissionStep.Decision, null, decided, null), deadline, Book, Calendar);
        var certificate = AdmissionAlerts.For(new AlertFacts(AdmissionStatus.Candidate, AdmissionStep.Opinions, new(2021, 12, 1), null, null), new(2026, 10, 1), Book, Calendar);

        Assert.Equal(AdmissionAlertKind.CeremonyOverdue, Assert.Single(ceremony).Kind);
        Assert.Empty(onTime);
        var expiring = Assert.Single(certificate);
        Assert.Equal(AdmissionAlertKind.CertificateExpiring, expiring.Kind);
        Assert.Equal(new DateOnly(2026, 11, 30), expiring.Due);
    }
}
