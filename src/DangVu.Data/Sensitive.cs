using DangVu.Data.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data;

/// <summary>Marks columns whose values never go into the audit log (only the fact that they changed).</summary>
public static class Sensitive
{
    private const string Annotation = "DangVu:Sensitive";

    public static bool IsSensitive(IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value is true;

    public static PropertyBuilder<T> IsSensitive<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Annotation, true);

    internal static void MarkIdentitySecrets(ModelBuilder builder)
    {
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.PasswordHash).IsSensitive();
            user.Property(u => u.SecurityStamp).IsSensitive();
            user.Property(u => u.ConcurrencyStamp).IsSensitive();
        });
        builder.Entity<IdentityUserToken<Guid>>().Property(token => token.Value).IsSensitive();
        builder.Entity<DataProtectionKey>().Property(key => key.Xml).IsSensitive();
        builder.Entity<Members.PartyMember>().Property(member => member.CitizenId).IsSensitive();
        builder.Entity<Members.PartyMember>().Property(member => member.CardNumber).IsSensitive();
    }
}
