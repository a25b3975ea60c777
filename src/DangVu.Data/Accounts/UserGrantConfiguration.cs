using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Accounts;

internal sealed class UserGrantConfiguration : IEntityTypeConfiguration<UserGrant>
{
    public void Configure(EntityTypeBuilder<UserGrant> grant)
    {
        grant.ToTable("UserGrants");
        grant.Property(g => g.Role).HasConversion<string>().HasMaxLength(20);
        grant.Property(g => g.ScopePath).HasMaxLength(900);
        grant.HasIndex(g => new { g.UserId, g.Role, g.ScopePath }).IsUnique();
    }
}
