using DangVu.Core.Rules;
using DangVu.Core.Text;

namespace DangVu.Core.Training;

/// <summary>
/// How long a class certificate stays valid, by the rule set in force on the day it was issued: the awareness class
/// by its own topic (60 months, unconfirmed), the others by <see cref="RuleSet.TrainingCertificateMonths"/> (no term
/// unless the data gives one).
/// </summary>
public static class CertificateValidity
{
    /// <summary>The last day a certificate of <paramref name="kind"/> issued on <paramref name="issued"/> is valid; null when it has no term.</summary>
    public static DateOnly? ValidThrough(RuleSet rules, TrainingKind kind, DateOnly issued)
    {
        var months = Months(rules, kind);
        return months is { } m ? issued.AddMonths(m).AddDays(-1) : null;
    }

    /// <summary>The term in months, by the given rule set; null when it has none.</summary>
    public static int? Months(RuleSet rules, TrainingKind kind) => kind switch
    {
        TrainingKind.Awareness => rules.AwarenessCertificateMonths.Value,
        TrainingKind.NewMemberTheory => rules.TrainingCertificateMonths.Value.NewMemberTheory,
        TrainingKind.ResolutionStudy => rules.TrainingCertificateMonths.Value.ResolutionStudy,
        _ => rules.TrainingCertificateMonths.Value.ReporterRefresher,
    };

    /// <summary>The rule value behind the term, for citing it.</summary>
    public static RuleSource Source(RuleSet rules, TrainingKind kind) =>
        kind == TrainingKind.Awareness ? rules.AwarenessCertificateMonths.Source : rules.TrainingCertificateMonths.Source;

    /// <summary>True when a certificate valid through <paramref name="validThrough"/> (null: no term) and issued on <paramref name="issued"/> is valid on <paramref name="on"/>.</summary>
    public static bool IsValidOn(DateOnly issued, DateOnly? validThrough, DateOnly on) => on >= issued && (validThrough is null || on <= validThrough);

    /// <summary>"có giá trị đến 14/03/2030" or "không ghi thời hạn", with "(chưa xác nhận)" when the rule is unconfirmed.</summary>
    public static string Describe(DateOnly? validThrough, RuleSource source) =>
        (validThrough is { } through ? $"có giá trị đến {VietnameseDates.Numeric(through)}" : "không ghi thời hạn")
        + (source.IsConfirmed ? "" : " (chưa xác nhận)");
}
