using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Accounts;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.FullName).HasMaxLength(200);
        user.Property(u => u.GivenName).HasMaxLength(200);
        user.Property(u => u.SortName).HasMaxLength(200);
        user.Property(u => u.SearchKey).HasMaxLength(200);
        user.HasIndex(u => new { u.GivenName, u.SortName });
        user.HasIndex(u => u.SearchKey);
        // One account per member file; a file removed from the registry unlinks its account rather than blocking.
        user.HasIndex(u => u.MemberId).IsUnique();
        user.HasOne<Members.PartyMember>().WithMany().HasForeignKey(u => u.MemberId).OnDelete(DeleteBehavior.SetNull);
        user.HasMany(u => u.Grants).WithOne().HasForeignKey(grant => grant.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
