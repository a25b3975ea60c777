using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Audit;

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> head)
    {
        head.ToTable("AuditHead");
        head.Property(h => h.Id).ValueGeneratedNever();
        head.Property(h => h.Sequence).IsConcurrencyToken();
        head.Property(h => h.Hash).HasMaxLength(64).IsFixedLength();
        head.HasData(new AuditHead());
    }
}
