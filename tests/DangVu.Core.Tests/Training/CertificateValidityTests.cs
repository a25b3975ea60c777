using DangVu.Core.Rules;
using DangVu.Core.Training;

namespace DangVu.Core.Tests.Training;

public sealed class CertificateValidityTests
{
    [Fact]
    public void ValidThrough_AwarenessCertificateOf2008_IsSixtyMonthsLessADay_AndSaysUnconfirmed()
    {
        var rules = RuleBook.Default.On(new DateOnly(2008, 5, 22));

        var through = CertificateValidity.ValidThrough(rules, TrainingKind.Awareness, new DateOnly(2008, 5, 22));

        Assert.Equal(new DateOnly(2013, 5, 21), through);
        Assert.True(CertificateValidity.IsValidOn(new(2008, 5, 22), through, new(2013, 5, 21)));
        Assert.False(CertificateValidity.IsValidOn(new(2008, 5, 22), through, new(2013, 5, 22)));
        Assert.Equal("có giá trị đến 21/05/2013 (chưa xác nhận)", CertificateValidity.Describe(through, CertificateValidity.Source(rules, TrainingKind.Awareness)));
    }

    [Fact]
    public void ValidThrough_TermShortenedByALaterRuleSet_FollowsTheRulesOfTheIssueDay()
    {
        var book = DatedRules.With("quy-dinh-294-2025", "awarenessCertificateMonths", "36");

        var before = CertificateValidity.ValidThrough(book.On(new(2025, 6, 30)), TrainingKind.Awareness, new(2025, 6, 30));
        var after = CertificateValidity.ValidThrough(book.On(new(2025, 7, 1)), TrainingKind.Awareness, new(2025, 7, 1));

        Assert.Equal(new DateOnly(2030, 6, 29), before);
        Assert.Equal(new DateOnly(2028, 6, 30), after);
    }

    [Fact]
    public void ValidThrough_NewMemberCertificate_HasNoTermUnlessARuleSetGivesOne()
    {
        var book = DatedRules.With("quy-dinh-366-2025", "trainingCertificateMonths", """{ "newMemberTheory": 24, "resolutionStudy": null, "reporterRefresher": 36 }""");

        var shipped = CertificateValidity.ValidThrough(RuleBook.Default.On(new(2026, 1, 5)), TrainingKind.NewMemberTheory, new(2026, 1, 5));
        var before = CertificateValidity.ValidThrough(book.On(new(2025, 8, 29)), TrainingKind.NewMemberTheory, new(2025, 8, 29));
        var after = CertificateValidity.ValidThrough(book.On(new(2026, 1, 5)), TrainingKind.NewMemberTheory, new(2026, 1, 5));
        var reporter = CertificateValidity.ValidThrough(book.On(new(2026, 1, 5)), TrainingKind.ReporterRefresher, new(2026, 1, 5));

        Assert.Null(shipped);
        Assert.True(CertificateValidity.IsValidOn(new(2026, 1, 5), shipped, new(2060, 1, 1)));
        Assert.Null(before);
        Assert.Equal(new DateOnly(2028, 1, 4), after);
        Assert.Equal(new DateOnly(2029, 1, 4), reporter);
        Assert.Equal("không ghi thời hạn (chưa xác nhận)", CertificateValidity.Describe(shipped, RuleBook.Default.On(new(2026, 1, 5)).TrainingCertificateMonths.Source));
    }

    [Fact]
    public void Load_ANonPositiveCertificateTerm_IsRefused()
    {
        var error = Assert.Throws<RuleDataException>(() =>
            DatedRules.With("quy-dinh-366-2025", "trainingCertificateMonths", """{ "newMemberTheory": 0, "resolutionStudy": null, "reporterRefresher": null }"""));

        Assert.Contains(error.Problems, problem => problem.Contains("certificate term is not positive", StringComparison.Ordinal));
    }
}
