using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Organizations;

internal sealed class PartyOrganizationConfiguration : IEntityTypeConfiguration<PartyOrganization>
{
    public void Configure(EntityTypeBuilder<PartyOrganization> organization)
    {
        organization.ToTable("Organizations");
        organization.Property(o => o.Name).HasMaxLength(300);
        organization.Property(o => o.SearchKey).HasMaxLength(300);
        organization.Property(o => o.Agency).HasMaxLength(300);
        organization.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        organization.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
        organization.Property(o => o.Path).HasMaxLength(900);
        organization.Property(o => o.Version).IsConcurrencyToken();
        organization.Ignore(o => o.IsActive);
        // "Everything under X" is a range on this index; the path is ASCII, so binary order is prefix order.
        organization.HasIndex(o => o.Path).IsUnique();
        organization.HasIndex(o => o.ParentId);
        organization.HasIndex(o => o.SearchKey);
        organization.HasOne<PartyOrganization>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganizationVersionConfiguration : IEntityTypeConfiguration<OrganizationVersion>
{
    public void Configure(EntityTypeBuilder<OrganizationVersion> version)
    {
        version.ToTable("OrganizationVersions");
        version.Property(v => v.Name).HasMaxLength(300);
        version.Property(v => v.Agency).HasMaxLength(300);
        version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(32);
        version.Property(v => v.Type).HasConversion<string>().HasMaxLength(32);
        version.Property(v => v.Path).HasMaxLength(900);
        version.HasIndex(v => new { v.OrganizationId, v.ValidFrom }).IsUnique();
        version.HasIndex(v => new { v.ValidFrom, v.ValidTo });
        version.HasOne<PartyOrganization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        version.HasOne<OrganizationChange>().WithMany().HasForeignKey(v => v.ChangeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganizationChangeConfiguration : IEntityTypeConfiguration<OrganizationChange>
{
    public void Configure(EntityTypeBuilder<OrganizationChange> change)
    {
        change.ToTable("OrganizationChanges");
        change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.DecisionNumber).HasMaxLength(64);
        change.Property(c => c.Summary).HasMaxLength(2000);
        change.HasIndex(c => new { c.OrganizationId, c.EffectiveOn });
    }
}
