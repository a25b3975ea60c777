using DangVu.Core.Reviews;

namespace DangVu.Data.Reviews;

/// <summary>
/// A review period opened by the office for a subtree (đợt kiểm điểm, đánh giá, xếp loại): what it covers, the rule set
/// it is judged by, and the timetable each organization's steps are measured against.
/// </summary>
public sealed class ReviewPeriod
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>"năm 2025", "quý III năm 2026".</summary>
    public string Name { get; set; } = string.Empty;

    public ReviewPeriodKind Kind { get; set; }

    public int Year { get; set; }

    public int? Quarter { get; set; }

    public DateOnly CoversFrom { get; set; }

    public DateOnly CoversTo { get; set; }

    /// <summary>The rule set in force on the period's last day.</summary>
    public string RuleSetId { get; set; } = string.Empty;

    /// <summary>The root of the subtree reviewed.</summary>
    public Guid OrganizationId { get; set; }

    public string OrganizationPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    /// <summary>Members' self-reviews due.</summary>
    public DateOnly SelfReviewDue { get; set; }

    /// <summary>Cells' assessments and proposed levels due.</summary>
    public DateOnly ProposalDue { get; set; }

    /// <summary>Grassroots committees' decisions due.</summary>
    public DateOnly DecisionDue { get; set; }

    /// <summary>Organizations' own self-reviews due.</summary>
    public DateOnly OrganizationSelfReviewDue { get; set; }

    /// <summary>The decisions on organizations (after the proposals one level up) due.</summary>
    public DateOnly OrganizationDecisionDue { get; set; }

    public string OpenedBy { get; set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; set; }

    public bool IsSynthetic { get; set; }

    public int Version { get; set; }
}
