using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Documents;

internal sealed class RegisteredDocumentConfiguration : IEntityTypeConfiguration<RegisteredDocument>
{
    public void Configure(EntityTypeBuilder<RegisteredDocument> document)
    {
        document.ToTable("Documents");
        document.Property(d => d.NumberSymbol).HasMaxLength(DocumentLimits.NumberSymbol);
        document.Property(d => d.SymbolKey).HasMaxLength(Core.Documents.NumberSymbolKey.MaxLength);
        document.Property(d => d.TypeCode).HasMaxLength(DocumentLimits.Code);
        document.Property(d => d.TypeKey).HasMaxLength(DocumentLimits.Code);
        document.Property(d => d.IssuerCode).HasMaxLength(DocumentLimits.Code);
        document.Property(d => d.Type).HasMaxLength(DocumentLimits.Type);
        document.Property(d => d.Issuer).HasMaxLength(DocumentLimits.Issuer);
        document.Property(d => d.IssuerKey).HasMaxLength(DocumentLimits.Issuer);
        document.Property(d => d.IssuerParents).HasMaxLength(DocumentLimits.Lines);
        document.Property(d => d.Place).HasMaxLength(DocumentLimits.Place);
        document.Property(d => d.Title).HasMaxLength(DocumentLimits.Title);
        document.Property(d => d.Recipients).HasMaxLength(DocumentLimits.Lines);
        document.Property(d => d.SigningAuthority).HasMaxLength(DocumentLimits.Issuer);
        document.Property(d => d.SignerTitle).HasMaxLength(DocumentLimits.Issuer);
        document.Property(d => d.SignerName).HasMaxLength(DocumentLimits.Issuer);
        document.Property(d => d.FileName).HasMaxLength(DocumentLimits.FileName);
        document.Property(d => d.ContentType).HasMaxLength(128);
        document.Property(d => d.FileSha256).HasMaxLength(64);
        document.Property(d => d.RegisteredBy).HasMaxLength(256);
        // Derived from the audited fields and text: the log need not carry the text twice.
        document.Property(d => d.SearchText).IsSensitive();
        document.Property(d => d.Version).IsConcurrencyToken();
        // One document per symbol, issuer and date: the duplicate check's backstop when two people register it at once.
        document.HasIndex(d => new { d.SymbolKey, d.IssuerKey, d.Date }).IsUnique();
        document.HasIndex(d => new { d.TypeKey, d.Date });
        document.HasIndex(d => new { d.IssuerKey, d.Date });
        document.HasIndex(d => d.Date);
        document.HasIndex(d => new { d.OrganizationId, d.Date });
        document.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        document.HasMany(d => d.Sections).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.Tasks).WithOne().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.Citations).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasOne<DocumentContent>().WithOne().HasForeignKey<DocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentSectionConfiguration : IEntityTypeConfiguration<DocumentSection>
{
    public void Configure(EntityTypeBuilder<DocumentSection> section)
    {
        section.ToTable("DocumentSections");
        section.Property(s => s.Number).HasMaxLength(16);
        section.Property(s => s.Heading).HasMaxLength(DocumentLimits.Title);
        section.HasIndex(s => new { s.DocumentId, s.Position });
    }
}

internal sealed class DocumentTaskConfiguration : IEntityTypeConfiguration<DocumentTask>
{
    public void Configure(EntityTypeBuilder<DocumentTask> task)
    {
        task.ToTable("DocumentTasks");
        task.HasIndex(t => new { t.DocumentId, t.Number });
    }
}

internal sealed class DocumentCitationConfiguration : IEntityTypeConfiguration<DocumentCitation>
{
    public void Configure(EntityTypeBuilder<DocumentCitation> citation)
    {
        citation.ToTable("DocumentCitations");
        citation.Property(c => c.NumberSymbol).HasMaxLength(DocumentLimits.NumberSymbol);
        citation.Property(c => c.SymbolKey).HasMaxLength(Core.Documents.NumberSymbolKey.MaxLength);
        citation.Property(c => c.CitedIssuer).HasMaxLength(DocumentLimits.Issuer);
        citation.HasIndex(c => new { c.DocumentId, c.Position });
        // Placeholders waiting for a symbol, and "cited by".
        citation.HasIndex(c => new { c.SymbolKey, c.CitedDocumentId });
        citation.HasIndex(c => c.CitedDocumentId);
        citation.HasOne<RegisteredDocument>().WithMany().HasForeignKey(c => c.CitedDocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> content)
    {
        content.ToTable("DocumentContents");
        content.HasKey(c => c.DocumentId);
        // The document row carries the file's SHA-256, size and type; the log names the file by them.
        content.Property(c => c.Bytes).IsSensitive();
    }
}

/// <summary>
/// Full-text search reads the folded text with LIKE '%word%'. PostgreSQL answers that from a trigram index
/// (pg_trgm, a trusted extension shipped with the server); SQLite scans, which a committee's few thousand documents
/// allow (docs/decisions.md).
/// </summary>
internal static class DocumentSearchIndexes
{
    public const string SearchTextTrigrams = "IX_Documents_SearchText_Trigrams";

    public static void Configure(ModelBuilder builder, bool isPostgres)
    {
        if (!isPostgres)
        {
            return;
        }

        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<RegisteredDocument>().HasIndex(d => d.SearchText, SearchTextTrigrams).HasMethod("gin").HasOperators("gin_trgm_ops");
        // Folded keys compare as bytes whatever the database's default collation.
        builder.Entity<RegisteredDocument>().Property(d => d.SymbolKey).UseCollation("C");
        builder.Entity<RegisteredDocument>().Property(d => d.IssuerKey).UseCollation("C");
        builder.Entity<RegisteredDocument>().Property(d => d.TypeKey).UseCollation("C");
        builder.Entity<DocumentCitation>().Property(c => c.SymbolKey).UseCollation("C");
    }
}
