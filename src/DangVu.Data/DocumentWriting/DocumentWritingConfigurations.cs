using DangVu.Core.DocumentWriting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.DocumentWriting;

internal sealed class WrittenDocumentConfiguration : IEntityTypeConfiguration<WrittenDocument>
{
    public void Configure(EntityTypeBuilder<WrittenDocument> document)
    {
        document.ToTable("WrittenDocuments");
        document.Property(d => d.TypeCode).HasMaxLength(8);
        document.Property(d => d.Issuer).HasMaxLength(DocumentLimits.Issuer);
        document.Property(d => d.IssuerParents).HasMaxLength((DocumentLimits.Issuer + 1) * DocumentLimits.IssuerParents);
        document.Property(d => d.IssuerCode).HasMaxLength(DocumentLimits.IssuerCode);
        document.Property(d => d.Place).HasMaxLength(DocumentLimits.Place);
        document.Property(d => d.Title).HasMaxLength(DocumentLimits.Title);
        document.Property(d => d.Body).HasMaxLength(DocumentLimits.Body);
        document.Property(d => d.Recipients).HasMaxLength((DocumentLimits.Recipient + 1) * DocumentLimits.Recipients);
        document.Property(d => d.SigningKind).HasConversion<string>().HasMaxLength(16);
        document.Property(d => d.SigningBody).HasMaxLength(DocumentLimits.SigningBody);
        document.Property(d => d.SigningCollective).HasMaxLength(DocumentLimits.SigningBody);
        document.Property(d => d.SignerTitle).HasMaxLength(DocumentLimits.SignerTitle);
        document.Property(d => d.SignerName).HasMaxLength(DocumentLimits.SignerName);
        document.Property(d => d.Status).HasConversion<string>().HasMaxLength(8);
        document.Property(d => d.NumberSymbol).HasMaxLength(32);
        document.Property(d => d.SerialPeriodKey).HasMaxLength(64);
        document.Property(d => d.SerialPeriodLabel).HasMaxLength(100);
        document.Property(d => d.CreatedBy).HasMaxLength(256);
        document.Property(d => d.IssuedBy).HasMaxLength(256);
        document.Property(d => d.Version).IsConcurrencyToken();
        document.Ignore(d => d.IsIssued);
        // The last guard against a duplicate number: drafts (no serial, no period) are not in it, as NULLs are distinct.
        document.HasIndex(d => new { d.OrganizationId, d.TypeCode, d.SerialPeriodKey, d.Serial }).IsUnique();
        document.HasIndex(d => new { d.OrganizationId, d.Status });
        document.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentSerialCounterConfiguration : IEntityTypeConfiguration<DocumentSerialCounter>
{
    public void Configure(EntityTypeBuilder<DocumentSerialCounter> counter)
    {
        counter.ToTable("DocumentSerialCounters");
        counter.HasKey(c => new { c.OrganizationId, c.TypeCode, c.PeriodKey });
        counter.Property(c => c.TypeCode).HasMaxLength(8);
        counter.Property(c => c.PeriodKey).HasMaxLength(64);
        counter.Property(c => c.LastSerial).IsConcurrencyToken();
        counter.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommitteeTermConfiguration : IEntityTypeConfiguration<CommitteeTerm>
{
    public void Configure(EntityTypeBuilder<CommitteeTerm> term)
    {
        term.ToTable("CommitteeTerms");
        term.Property(t => t.Name).HasMaxLength(100);
        term.HasIndex(t => new { t.OrganizationId, t.StartsOn });
        term.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
