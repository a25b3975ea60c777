using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Admission;

internal sealed class AdmissionCaseConfiguration : IEntityTypeConfiguration<AdmissionCase>
{
    public void Configure(EntityTypeBuilder<AdmissionCase> admission)
    {
        admission.ToTable("AdmissionCases");
        admission.Property(c => c.FullName).HasMaxLength(Core.Members.MemberLimits.FullName);
        admission.Property(c => c.Profession).HasMaxLength(Core.Members.MemberLimits.Profession);
        admission.Property(c => c.Ethnicity).HasMaxLength(Core.Members.MemberLimits.Ethnicity);
        admission.Property(c => c.Religion).HasMaxLength(Core.Members.MemberLimits.Religion);
        admission.Property(c => c.Hometown).HasMaxLength(Core.Members.MemberLimits.Hometown);
        admission.Property(c => c.OrganizationPath).HasMaxLength(900);
        admission.Property(c => c.ClosedReason).HasMaxLength(1000);
        admission.Property(c => c.Gender).HasConversion<string>().HasMaxLength(8);
        admission.Property(c => c.Sector).HasConversion<string>().HasMaxLength(16);
        admission.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        admission.Property(c => c.Step).HasConversion<string>().HasMaxLength(32);
        admission.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        admission.Property(c => c.Version).IsConcurrencyToken();
        admission.HasIndex(c => new { c.OrganizationPath, c.Status });
        admission.HasIndex(c => c.DecisionOn);
        admission.HasIndex(c => c.MemberId);
        admission.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        admission.HasOne<Members.PartyMember>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        admission.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdmissionStepRecordConfiguration : IEntityTypeConfiguration<AdmissionStepRecord>
{
    public void Configure(EntityTypeBuilder<AdmissionStepRecord> step)
    {
        step.ToTable("AdmissionSteps");
        step.Property(s => s.Step).HasConversion<string>().HasMaxLength(32);
        step.Property(s => s.Documents).HasMaxLength(4000);
        step.Property(s => s.DocumentNumber).HasMaxLength(64);
        step.Property(s => s.Note).HasMaxLength(1000);
        step.Property(s => s.Warnings).HasMaxLength(4000);
        step.Property(s => s.RuleSetId).HasMaxLength(64);
        step.Property(s => s.RecordedBy).HasMaxLength(256);
        step.HasIndex(s => new { s.CaseId, s.On });
        step.HasIndex(s => s.TrainingEnrolmentId);
        step.HasOne<Training.TrainingEnrolment>().WithMany().HasForeignKey(s => s.TrainingEnrolmentId).OnDelete(DeleteBehavior.Restrict);
        step.HasMany(s => s.Introducers).WithOne().HasForeignKey(i => i.StepRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdmissionIntroducerConfiguration : IEntityTypeConfiguration<AdmissionIntroducer>
{
    public void Configure(EntityTypeBuilder<AdmissionIntroducer> introducer)
    {
        introducer.ToTable("AdmissionIntroducers");
        introducer.Property(i => i.FullName).HasMaxLength(Core.Members.MemberLimits.FullName);
        introducer.HasIndex(i => i.StepRecordId);
        introducer.HasOne<Members.PartyMember>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
