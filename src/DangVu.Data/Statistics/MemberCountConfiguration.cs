using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Statistics;

internal sealed class MemberCountConfiguration : IEntityTypeConfiguration<MemberCount>
{
    public void Configure(EntityTypeBuilder<MemberCount> count)
    {
        count.ToTable("MemberCounts");
        // The statistics of a subtree read the rows of one organization: a prefix of this key.
        count.HasKey(c => new { c.OrganizationId, c.Dimension, c.Value });
        count.Property(c => c.Dimension).HasConversion<string>().HasMaxLength(16);
        count.Property(c => c.Value).HasMaxLength(64);
    }
}
