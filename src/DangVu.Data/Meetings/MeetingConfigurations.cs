using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Meetings;

internal sealed class CellMeetingConfiguration : IEntityTypeConfiguration<CellMeeting>
{
    public void Configure(EntityTypeBuilder<CellMeeting> meeting)
    {
        meeting.ToTable("CellMeetings");
        meeting.Property(m => m.OrganizationPath).HasMaxLength(900);
        meeting.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        meeting.Property(m => m.Topic).HasMaxLength(MeetingLimits.Topic);
        meeting.Property(m => m.Agenda).HasMaxLength(MeetingLimits.Agenda);
        meeting.Property(m => m.Location).HasMaxLength(MeetingLimits.Location);
        meeting.Property(m => m.Chair).HasMaxLength(MeetingLimits.PersonName);
        meeting.Property(m => m.Recorder).HasMaxLength(MeetingLimits.PersonName);
        meeting.Property(m => m.Proceedings).HasMaxLength(MeetingLimits.Proceedings);
        meeting.Property(m => m.CancelledReason).HasMaxLength(MeetingLimits.Reason);
        meeting.Property(m => m.RuleSetId).HasMaxLength(64);
        meeting.Property(m => m.ClosedBy).HasMaxLength(256);
        meeting.Property(m => m.Version).IsConcurrencyToken();
        meeting.Ignore(m => m.StartsAt);
        meeting.HasIndex(m => new { m.OrganizationPath, m.Date });
        meeting.HasIndex(m => new { m.OrganizationId, m.Date });
        meeting.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasMany(m => m.Documents).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.Invitations).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingDocumentConfiguration : IEntityTypeConfiguration<MeetingDocument>
{
    public void Configure(EntityTypeBuilder<MeetingDocument> document)
    {
        document.ToTable("MeetingDocuments");
        document.Property(d => d.Title).HasMaxLength(MeetingLimits.DocumentTitle);
        document.Property(d => d.Body).HasMaxLength(MeetingLimits.DocumentBody);
        document.Property(d => d.PostedBy).HasMaxLength(256);
        document.HasIndex(d => new { d.MeetingId, d.PostedAt });
    }
}

internal sealed class MeetingInvitationConfiguration : IEntityTypeConfiguration<MeetingInvitation>
{
    public void Configure(EntityTypeBuilder<MeetingInvitation> invitation)
    {
        invitation.ToTable("MeetingInvitations");
        invitation.Property(i => i.FullName).HasMaxLength(Core.Members.MemberLimits.FullName);
        invitation.Property(i => i.Expectation).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.Reply).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.Mark).HasConversion<string>().HasMaxLength(24);
        invitation.Property(i => i.ReplyReason).HasMaxLength(MeetingLimits.Reason);
        invitation.Property(i => i.AbsenceReason).HasMaxLength(MeetingLimits.Reason);
        invitation.Property(i => i.Version).IsConcurrencyToken();
        invitation.HasIndex(i => new { i.MeetingId, i.MemberId }).IsUnique();
        invitation.HasIndex(i => i.MemberId);
        invitation.HasOne<Members.PartyMember>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> decision)
    {
        decision.ToTable("MeetingDecisions");
        decision.Property(d => d.Text).HasMaxLength(MeetingLimits.DecisionText);
        decision.HasIndex(d => new { d.MeetingId, d.Number });
    }
}
