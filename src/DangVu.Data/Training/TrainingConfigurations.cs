using DangVu.Core.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Training;

internal sealed class TrainingClassConfiguration : IEntityTypeConfiguration<TrainingClass>
{
    public void Configure(EntityTypeBuilder<TrainingClass> training)
    {
        training.ToTable("TrainingClasses");
        training.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        training.Property(c => c.Name).HasMaxLength(TrainingLimits.Name);
        training.Property(c => c.Topic).HasMaxLength(TrainingLimits.Topic);
        training.Property(c => c.TopicKey).HasMaxLength(TrainingLimits.Topic);
        training.Property(c => c.OrganizerPath).HasMaxLength(900);
        training.Property(c => c.Place).HasMaxLength(TrainingLimits.Note);
        training.Property(c => c.Version).IsConcurrencyToken();
        training.HasIndex(c => new { c.OrganizerPath, c.StartsOn });
        training.HasIndex(c => new { c.Kind, c.TopicKey });
        training.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizerId).OnDelete(DeleteBehavior.Restrict);
        training.HasMany(c => c.Sessions).WithOne().HasForeignKey(s => s.ClassId).OnDelete(DeleteBehavior.Cascade);
        training.HasMany(c => c.Enrolments).WithOne().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> session)
    {
        session.ToTable("TrainingSessions");
        session.Property(s => s.Title).HasMaxLength(TrainingLimits.SessionTitle);
        session.HasIndex(s => new { s.ClassId, s.On });
    }
}

internal sealed class TrainingEnrolmentConfiguration : IEntityTypeConfiguration<TrainingEnrolment>
{
    public void Configure(EntityTypeBuilder<TrainingEnrolment> enrolment)
    {
        enrolment.ToTable("TrainingEnrolments");
        enrolment.Ignore(e => e.HasCertificate);
        enrolment.Property(e => e.FullName).HasMaxLength(Core.Members.MemberLimits.FullName);
        enrolment.Property(e => e.OrganizationPath).HasMaxLength(900);
        enrolment.Property(e => e.Result).HasConversion<string>().HasMaxLength(16);
        enrolment.Property(e => e.CertificateNumber).HasMaxLength(TrainingLimits.CertificateNumber);
        enrolment.Property(e => e.CertificateRuleSetId).HasMaxLength(64);
        enrolment.HasIndex(e => new { e.ClassId, e.MemberId }).IsUnique();
        enrolment.HasIndex(e => new { e.ClassId, e.AdmissionCaseId }).IsUnique();
        enrolment.HasIndex(e => e.MemberId);
        enrolment.HasIndex(e => e.AdmissionCaseId);
        enrolment.HasOne<Members.PartyMember>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        enrolment.HasOne<Admission.AdmissionCase>().WithMany().HasForeignKey(e => e.AdmissionCaseId).OnDelete(DeleteBehavior.Restrict);
        enrolment.HasMany(e => e.Attendance).WithOne().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> attendance)
    {
        attendance.ToTable("TrainingAttendance");
        attendance.Property(a => a.Reason).HasMaxLength(TrainingLimits.Note);
        attendance.HasIndex(a => new { a.EnrolmentId, a.SessionId }).IsUnique();
        attendance.HasIndex(a => a.SessionId);
        attendance.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.NoAction);
    }
}
