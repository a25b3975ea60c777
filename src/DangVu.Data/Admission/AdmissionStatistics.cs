using DangVu.Core.Admission;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Admission;

/// <summary>Admissions of one grassroots organization in the period.</summary>
public sealed record GrassrootsAdmissions(Guid Id, string Name, OrganizationKind Kind, int Admissions);

/// <summary>
/// The admission figures of a subtree over a period (the notice's "còn thấp"): candidates in the pipeline by step
/// (today), admissions (decisions in the period), the share of grassroots organizations that admitted anyone, admissions
/// in health (sector, or a doctor's profession) and from the youth union, and days from candidate to admission.
/// </summary>
public sealed record AdmissionReport(
    DateOnly From, DateOnly To, IReadOnlyList<(AdmissionStep Step, int Count)> PipelineByStep, int Admissions,
    int GrassrootsOrganizations, int GrassrootsThatAdmitted, int HealthAdmissions, int DoctorAdmissions, int YouthUnionAdmissions,
    IReadOnlyList<(Sector Sector, int Count)> AdmissionsBySector, double? AverageDaysToAdmission, int? MedianDaysToAdmission,
    int Recognitions, IReadOnlyList<GrassrootsAdmissions> Grassroots)
{
    /// <summary>Candidates in the pipeline, all steps.</summary>
    public int InPipeline => PipelineByStep.Sum(step => step.Count);
}

/// <summary>Computes <see cref="AdmissionReport"/>s from the cases (a subtree holds few enough to read them whole).</summary>
public sealed class AdmissionStatistics(DangVuDbContext context)
{
    public async Task<AdmissionReport> ForSubtreeAsync(IReadOnlyCollection<string> scopePaths, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var cases = await context.AdmissionCases.AsNoTracking().Within(scopePaths, nameof(AdmissionCase.OrganizationPath))
            .Select(c => new { c.Status, c.Step, c.Sector, c.Profession, c.Source, c.RegisteredOn, c.DecisionOn, c.RecognizedOn, c.OrganizationPath })
            .ToListAsync(cancellationToken);
        var pipeline = cases.Where(c => c.Status == AdmissionStatus.Candidate).GroupBy(c => c.Step)
            .ToDictionary(g => g.Key, g => g.Count());
        var admitted = cases.Where(c => c.DecisionOn >= from && c.DecisionOn <= to).ToList();
        var days = admitted.Select(c => c.DecisionOn!.Value.DayNumber - c.RegisteredOn.DayNumber).Order().ToList();
        var grassroots = await context.Organizations.AsNoTracking().Within(scopePaths, nameof(PartyOrganization.Path))
            .Where(o => o.Kind == OrganizationKind.GrassrootsCommittee || o.Kind == OrganizationKind.GrassrootsCell)
            .Where(o => o.DissolvedOn == null || o.DissolvedOn >= from)
            .Select(o => new { o.Id, o.Name, o.Kind, o.Path, o.EstablishedOn })
            .ToListAsync(cancellationToken);
        var units = grassroots.Where(o => o.EstablishedOn <= to)
            .Select(o => new GrassrootsAdmissions(o.Id, o.Name, o.Kind, admitted.Count(c => OrganizationPath.IsWithin(c.OrganizationPath, o.Path))))
            .OrderByDescending(u => u.Admissions).ThenBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
        return new AdmissionReport(
            from, to,
            [.. AdmissionSteps.All.Where(s => s < AdmissionStep.Decision).Select(s => (s, pipeline.GetValueOrDefault(s)))],
            admitted.Count,
            units.Count,
            units.Count(u => u.Admissions > 0),
            admitted.Count(c => c.Sector == Sector.Health || IsDoctor(c.Profession)),
            admitted.Count(c => IsDoctor(c.Profession)),
            admitted.Count(c => c.Source == CandidateSource.YouthUnion),
            [.. Enum.GetValues<Sector>().Select(s => (s, admitted.Count(c => c.Sector == s)))],
            days.Count == 0 ? null : days.Average(),
            days.Count == 0 ? null : days[(days.Count - 1) / 2],
            cases.Count(c => c.RecognizedOn >= from && c.RecognizedOn <= to),
            units);
    }

    /// <summary>A doctor ("bác sĩ", "bác sỹ", any spelling and case).</summary>
    public static bool IsDoctor(string? profession) =>
        profession is not null && VietnameseText.SearchKey(profession) is var key && (key.Contains("bac si", StringComparison.Ordinal) || key.Contains("bac sy", StringComparison.Ordinal));
}
