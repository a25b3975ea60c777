using DangVu.Core.FollowUp;
using DangVu.Core.Text;

namespace DangVu.Data.FollowUp;

/// <summary>A dated progress report by one of the task's organizations: status, text, figures and evidence files.</summary>
public sealed class ProgressReport
{
    private string _text = string.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaskId { get; set; }

    /// <summary>The organization reporting: the lead or a co-operating one.</summary>
    public Guid OrganizationId { get; set; }

    public DateOnly ReportedOn { get; set; }

    public ReportStatus Status { get; set; }

    public string Text
    {
        get => _text;
        set => _text = VietnameseText.Normalize(value);
    }

    /// <summary>Figures as "label: value" lines ("Số lớp đã mở: 2"), kept as typed.</summary>
    public string? Figures { get; set; }

    public Guid? ReportedById { get; set; }

    public string ReportedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }

    public List<EvidenceFile> Evidence { get; } = [];
}
