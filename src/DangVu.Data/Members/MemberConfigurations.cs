using DangVu.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Members;

internal sealed class PartyMemberConfiguration : IEntityTypeConfiguration<PartyMember>
{
    public void Configure(EntityTypeBuilder<PartyMember> member)
    {
        member.ToTable("Members");
        member.Property(m => m.FullName).HasMaxLength(MemberLimits.FullName);
        member.Property(m => m.GivenName).HasMaxLength(MemberLimits.FullName);
        member.Property(m => m.SortName).HasMaxLength(MemberLimits.FullName);
        member.Property(m => m.SearchKey).HasMaxLength(MemberLimits.FullName);
        member.Property(m => m.Ethnicity).HasMaxLength(MemberLimits.Ethnicity);
        member.Property(m => m.Religion).HasMaxLength(MemberLimits.Religion);
        member.Property(m => m.Hometown).HasMaxLength(MemberLimits.Hometown);
        member.Property(m => m.Education).HasMaxLength(MemberLimits.Education);
        member.Property(m => m.Profession).HasMaxLength(MemberLimits.Profession);
        member.Property(m => m.Position).HasMaxLength(MemberLimits.Position);
        member.Property(m => m.CardNumber).HasMaxLength(MemberLimits.CardNumber);
        member.Property(m => m.CitizenId).HasMaxLength(MemberLimits.CitizenId);
        member.Property(m => m.OrganizationPath).HasMaxLength(900);
        member.Property(m => m.Gender).HasConversion<string>().HasMaxLength(8);
        member.Property(m => m.Sector).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.TheoryLevel).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Version).IsConcurrencyToken();
        member.HasIndex(m => new { m.OrganizationPath, m.GivenName, m.SortName });
        member.Property(m => m.GivenNameKey).HasMaxLength(MemberLimits.FullName);
        member.Property(m => m.FamilyKey).HasMaxLength(MemberLimits.FullName);
        member.HasIndex(m => m.CardNumber).IsUnique();
        // Imports look every citizen number up to refuse duplicates; not unique, as older files may share one until corrected.
        member.HasIndex(m => m.CitizenId);
        member.HasIndex(m => m.BirthDate);
        member.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        member.HasMany(m => m.Events).WithOne().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MemberEventRecordConfiguration : IEntityTypeConfiguration<MemberEventRecord>
{
    public void Configure(EntityTypeBuilder<MemberEventRecord> memberEvent)
    {
        memberEvent.ToTable("MemberEvents");
        memberEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        memberEvent.Property(e => e.Note).HasMaxLength(1000);
        memberEvent.HasIndex(e => new { e.MemberId, e.On });
    }
}
