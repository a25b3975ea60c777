using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Members;

/// <summary>
/// The two indexes name search walks (see <see cref="MemberNameSearch"/>), both in Vietnamese name order and carrying
/// every column the search filters on, so a walk never reads the table: PostgreSQL as included columns, SQLite (which
/// has none) as trailing key columns after the unique Id, where they cannot change the order.
/// </summary>
internal static class MemberSearchIndexes
{
    public const string NameOrder = "IX_Members_NameOrder";
    public const string FamilyThenName = "IX_Members_FamilyThenName";

    public static void Configure(EntityTypeBuilder<PartyMember> member, bool isPostgres)
    {
        if (isPostgres)
        {
            // Folded keys are compared as bytes whatever the database's default collation: prefix ranges stay exact.
            member.Property(m => m.FamilyKey).UseCollation("C");
            member.HasIndex(m => new { m.GivenName, m.SortName, m.Id }, NameOrder)
                .IncludeProperties(m => new { m.FamilyKey, m.OrganizationPath, m.BirthDate });
            member.HasIndex(m => new { m.FamilyKey, m.GivenName, m.SortName, m.Id }, FamilyThenName)
                .IncludeProperties(m => new { m.OrganizationPath });
        }
        else
        {
            member.HasIndex(m => new { m.GivenName, m.SortName, m.Id, m.FamilyKey, m.OrganizationPath, m.BirthDate }, NameOrder);
            member.HasIndex(m => new { m.FamilyKey, m.GivenName, m.SortName, m.Id, m.OrganizationPath }, FamilyThenName);
        }
    }
}
