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
        // One account per member file. No foreign key: files are never deleted (they close by dated events), and on
        // SQLite a key added to the existing users table would mean rebuilding it outside the migration's transaction.
        user.HasIndex(u => u.MemberId).IsUnique();
        user.HasMany(u => u.Grants).WithOne().HasForeignKey(grant => grant.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
