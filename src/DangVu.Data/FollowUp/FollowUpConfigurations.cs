using DangVu.Data.Accounts;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.FollowUp;

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> task)
    {
        task.ToTable("FollowUpTasks");
        task.Property(t => t.Title).HasMaxLength(FollowUpLimits.Title);
        task.Property(t => t.SourceKind).HasConversion<string>().HasMaxLength(24);
        task.Property(t => t.SourceKey).HasMaxLength(FollowUpLimits.SourceKey);
        task.Property(t => t.SourceNumberSymbol).HasMaxLength(FollowUpLimits.NumberSymbol);
        task.Property(t => t.SourceTitle).HasMaxLength(FollowUpLimits.SourceTitle);
        task.Property(t => t.SourceParagraph).HasMaxLength(FollowUpLimits.Paragraph);
        task.Property(t => t.SourceText).HasMaxLength(FollowUpLimits.SourceText);
        task.Property(t => t.TermKind).HasConversion<string>().HasMaxLength(16);
        task.Property(t => t.Cadence).HasConversion<string>().HasMaxLength(16);
        task.Property(t => t.LastReportStatus).HasConversion<string>().HasMaxLength(16);
        task.Property(t => t.ReminderDays).HasMaxLength(40);
        task.Property(t => t.CreatedBy).HasMaxLength(256);
        task.Property(t => t.Version).IsConcurrencyToken();
        task.Ignore(t => t.Term);
        task.Ignore(t => t.Facts);
        task.Ignore(t => t.ReminderDayList);
        task.Ignore(t => t.SourceLabel);
        // An organization's dashboard: its tasks by lead; a document's roll-up: by key; the dispatcher: the open ones.
        task.HasIndex(t => new { t.LeadOrganizationId, t.DueOn });
        task.HasIndex(t => new { t.SourceKey, t.DueOn });
        task.HasIndex(t => t.IssuingOrganizationId);
        task.HasIndex(t => new { t.CompletedOn, t.DueOn });
        task.HasIndex(t => t.SplitFromId);
        task.HasOne<PartyOrganization>().WithMany().HasForeignKey(t => t.LeadOrganizationId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne<PartyOrganization>().WithMany().HasForeignKey(t => t.IssuingOrganizationId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne<AppUser>().WithMany().HasForeignKey(t => t.TrackingOfficerId).OnDelete(DeleteBehavior.SetNull);
        task.HasOne<FollowUpTask>().WithMany().HasForeignKey(t => t.SplitFromId).OnDelete(DeleteBehavior.Restrict);
        task.HasMany(t => t.Cooperators).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskCooperatorConfiguration : IEntityTypeConfiguration<TaskCooperator>
{
    public void Configure(EntityTypeBuilder<TaskCooperator> cooperator)
    {
        cooperator.ToTable("FollowUpCooperators");
        cooperator.HasKey(c => new { c.TaskId, c.OrganizationId });
        cooperator.HasIndex(c => c.OrganizationId);
        cooperator.HasOne<PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> report)
    {
        report.ToTable("FollowUpReports");
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.Text).HasMaxLength(FollowUpLimits.ReportText);
        report.Property(r => r.Figures).HasMaxLength(FollowUpLimits.Figures);
        report.Property(r => r.ReportedBy).HasMaxLength(256);
        // Reports of a task up to a date (states as of a past date): the task, then the date, covering the status.
        report.HasIndex(r => new { r.TaskId, r.ReportedOn, r.Status });
        report.HasOne<FollowUpTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        report.HasOne<PartyOrganization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        report.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> file)
    {
        file.ToTable("FollowUpEvidence");
        file.Property(f => f.FileName).HasMaxLength(Core.FollowUp.EvidenceRules.MaxNameLength);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        file.HasIndex(f => f.ReportId);
        file.HasIndex(f => f.TaskId);
        file.HasIndex(f => f.Sha256);
        file.HasOne<EvidenceContent>().WithMany().HasForeignKey(f => f.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvidenceContentConfiguration : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> content)
    {
        content.ToTable("FollowUpEvidenceContents");
        content.HasKey(c => c.Sha256);
        content.Property(c => c.Sha256).HasMaxLength(64).IsFixedLength();
        // The audit log records that a file was stored (its hash is the key), not its bytes.
        content.Property(c => c.Content).IsSensitive();
    }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> reminder)
    {
        reminder.ToTable("FollowUpReminders");
        reminder.Property(r => r.Kind).HasMaxLength(32);
        reminder.Property(r => r.Email).HasMaxLength(256);
        reminder.Property(r => r.Subject).HasMaxLength(400);
        reminder.Property(r => r.Body).HasMaxLength(4000);
        reminder.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(16);
        reminder.Property(r => r.LastError).HasMaxLength(1000);
        // The idempotency key: one reminder of a kind, for a date, to a person, ever.
        reminder.HasIndex(r => new { r.TaskId, r.Kind, r.ConcernsOn, r.RecipientId }).IsUnique();
        reminder.HasIndex(r => new { r.Delivery, r.LeasedUntil });
        reminder.HasOne<FollowUpTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        reminder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.Property(n => n.Title).HasMaxLength(400);
        notification.Property(n => n.Body).HasMaxLength(4000);
        notification.Property(n => n.Link).HasMaxLength(400);
        // Newest first by the id (version 7 GUIDs follow time): SQLite cannot order by a DateTimeOffset.
        notification.HasIndex(n => new { n.UserId, n.Id });
        notification.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        notification.HasOne<FollowUpTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
