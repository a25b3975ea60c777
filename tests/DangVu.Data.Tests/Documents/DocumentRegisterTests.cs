using System.Security.Cryptography;
using DangVu.Data.Documents;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DangVu.Data.Tests.Documents.RegisterFixture;

namespace DangVu.Data.Tests.Documents;

public sealed class DocumentRegisterTests
{
    private static readonly string[] SeedCitations = ["10-CT/TW", "20-KH/TU", "20-CT/TU", "17-KL/TU", "35-CT/TU", "945-CV/TU", "14/2008-NĐ/CP"];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RegisterAsync_Seed_KeepsPartsTextFileAndSevenPlaceholders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, _) = await TreeAsync(services);

        var outcome = await RegisterAsync(services, province.Id, "509-TB-TU.txt", parts => parts with { Place = "TP. Phan Thiết" });

        Assert.Empty(outcome.Errors);
        var view = await ViewAsync(services, outcome.Document!.Id);
        var document = view.Document;
        Assert.Equal(("509-TB/TU", 509, "TB", "TU", "Thông báo"), (document.NumberSymbol, document.Serial, document.TypeCode, document.IssuerCode, document.Type));
        Assert.Equal(("TỈNH ỦY BÌNH THUẬN", "TP. Phan Thiết", new DateOnly(2008, 5, 22)), (document.Issuer, document.Place, document.Date));
        Assert.Equal(("T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG", "Huỳnh Đa Trung"), (document.SigningAuthority, document.SignerTitle, document.SignerName));
        Assert.Equal(8, document.Tasks.Count);
        Assert.Equal(["I", "II"], document.Sections.OrderBy(s => s.Position).Select(s => s.Number));
        Assert.Equal(6, DocumentFields.Split(document.Recipients).Count);
        Assert.Contains("Học tập và làm theo tấm gương", document.FullText, StringComparison.Ordinal);
        Assert.Contains("hoc tap va lam theo tam guong", document.SearchText, StringComparison.Ordinal);
        Assert.Equal(SeedCitations, view.Cites.Select(c => c.Citation.NumberSymbol));
        Assert.All(view.Cites, c => Assert.True(c.IsPlaceholder));
        var bytes = Sample("509-TB-TU.txt");
        Assert.Equal(("509-TB-TU.txt", "text/plain", bytes.LongLength), (document.FileName, document.ContentType, document.FileSize));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.FileSha256);
        Assert.Equal("system", document.RegisteredBy);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(bytes, (await scope.ServiceProvider.GetRequiredService<DocumentQueries>().FileAsync(document.Id, Cancel))!.Value.Bytes);
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var audited = await context.AuditEntries.SingleAsync(e => e.EntityType == nameof(RegisteredDocument), Cancel);
        Assert.Contains(document.FileSha256, audited.Details, StringComparison.Ordinal);
        var content = await context.AuditEntries.SingleAsync(e => e.EntityType == nameof(DocumentContent), Cancel);
        Assert.DoesNotContain(Convert.ToBase64String(bytes)[..40], content.Details, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RegisterAsync_CitedDocumentArrivesLater_FillsThePlaceholderInTheSameSave(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, _) = await TreeAsync(services);
        var seed = (await RegisterAsync(services, province.Id, "509-TB-TU.txt")).Document!;

        var letter = await RegisterAsync(services, province.Id, "945-CV-TU.txt");
        // The seed writes the decree as 14/2008-NĐ/CP; the decree itself says 14/2008/NĐ-CP.
        var decree = await RegisterAsync(services, province.Id, "14-2008-ND-CP.txt");

        Assert.Empty(letter.Errors);
        Assert.Empty(decree.Errors);
        var view = await ViewAsync(services, seed.Id);
        Assert.Equal(letter.Document!.Id, view.Cites.Single(c => c.Citation.NumberSymbol == "945-CV/TU").Cited?.Id);
        Assert.Equal(decree.Document!.Id, view.Cites.Single(c => c.Citation.NumberSymbol == "14/2008-NĐ/CP").Cited?.Id);
        Assert.Equal(5, view.Cites.Count(c => c.IsPlaceholder));
        Assert.Equal(seed.Id, Assert.Single((await ViewAsync(services, letter.Document.Id)).CitedBy).Id);
        // The link was written by the letter's own save, audited as a change of the citation.
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var linkedAt = await context.AuditEntries.Where(e => e.EntityType == nameof(DocumentCitation) && e.Action == "update").Select(e => e.Sequence).ToListAsync(Cancel);
        var letterAt = await context.AuditEntries.Where(e => e.EntityType == nameof(RegisteredDocument) && e.EntityId == letter.Document.Id.ToString()).Select(e => e.Sequence).SingleAsync(Cancel);
        Assert.Contains(linkedAt, sequence => Math.Abs(sequence - letterAt) < 30);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RegisterAsync_CitationGivesAnotherDate_StaysAPlaceholder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, bloc) = await TreeAsync(services);
        // 12-NQ/ĐUK cites 10-CT/TW of 30/3/2007; a 10-CT/TW of another date is another directive.
        var resolution = (await RegisterAsync(services, bloc.Id, "12-NQ-DUK.txt")).Document!;

        var otherDirective = await RegisterAsync(services, province.Id, "945-CV-TU.txt", parts => parts with
        {
            NumberSymbol = "10 – CT/TW",
            Issuer = "BAN BÍ THƯ",
            Date = new DateOnly(2012, 1, 5),
            References = [],
        });

        Assert.Empty(otherDirective.Errors);
        Assert.Equal("10-CT/TW", otherDirective.Document!.NumberSymbol);
        var cited = (await ViewAsync(services, resolution.Id)).Cites.Single(c => c.Citation.SymbolKey == "10-ct-tw");
        Assert.True(cited.IsPlaceholder);
        Assert.Equal(new DateOnly(2007, 3, 30), cited.Citation.CitedOn);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RegisterAsync_SameSymbolIssuerAndDate_IsRefusedInVietnamese(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, bloc) = await TreeAsync(services);
        await RegisterAsync(services, province.Id, "509-TB-TU.txt");

        // Written another way, and held by another organization: still the same document.
        var again = await RegisterAsync(services, bloc.Id, "509-TB-TU.txt", parts => parts with { NumberSymbol = "509 – tb/tu", Issuer = "Tỉnh uỷ Bình Thuận" });

        Assert.Null(again.Document);
        var error = Assert.Single(again.Errors);
        Assert.Equal("NumberSymbol", error.Field);
        Assert.Equal("Văn bản số 509-TB/TU của TỈNH ỦY BÌNH THUẬN ngày 22/05/2008 đã có trong sổ: không đăng ký lần thứ hai.", error.Message);
        await using var scope = services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().Documents.CountAsync(Cancel));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RegisterAsync_MissingPartsAndAnImage_AreRefusedField_ByField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, _) = await TreeAsync(services);
        await using var scope = services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<DocumentRegister>();

        var outcome = await register.RegisterAsync(
            new DocumentEntry(province.Id, new Core.Documents.ParsedDocument { NumberSymbol = " ", Issuer = null, Date = null }),
            new DocumentUpload("anh.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0]),
            Cancel);

        Assert.Null(outcome.Document);
        Assert.Equal(["NumberSymbol", "Date", "Issuer", "File"], outcome.Errors.Select(e => e.Field));
        Assert.Contains("chỉ nhận ba loại tệp", outcome.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_StaleVersion_IsAConflictAndKeepsTheNewerCorrection(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, _) = await TreeAsync(services);
        var seed = (await RegisterAsync(services, province.Id, "509-TB-TU.txt")).Document!;
        var parts = Core.Documents.DocumentParser.Parse(System.Text.Encoding.UTF8.GetString(Sample("509-TB-TU.txt")));

        DocumentOutcome first, second;
        await using (var scope = services.CreateAsyncScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<DocumentRegister>().UpdateAsync(seed.Id, 0, parts with { Place = "Phan Thiết, Bình Thuận" }, Cancel);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            second = await scope.ServiceProvider.GetRequiredService<DocumentRegister>().UpdateAsync(seed.Id, 0, parts with { Place = "Hà Nội" }, Cancel);
        }

        Assert.Equal(1, first.Document!.Version);
        Assert.True(second.Conflict);
        Assert.Contains("vừa được người khác sửa", Assert.Single(second.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Phan Thiết, Bình Thuận", (await ViewAsync(services, seed.Id)).Document.Place);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task UpdateAsync_SymbolCorrected_ReleasesOldLinksAndFillsNewOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var (province, _) = await TreeAsync(services);
        var seed = (await RegisterAsync(services, province.Id, "509-TB-TU.txt")).Document!;
        // Registered with a typo: it answers nothing, then answers the seed's 945-CV/TU once corrected.
        var letter = (await RegisterAsync(services, province.Id, "945-CV-TU.txt", parts => parts with { NumberSymbol = "954-CV/TU" })).Document!;
        Assert.All((await ViewAsync(services, seed.Id)).Cites, c => Assert.True(c.IsPlaceholder));
        var parts = Core.Documents.DocumentParser.Parse(System.Text.Encoding.UTF8.GetString(Sample("945-CV-TU.txt")));

        await using var scope = services.CreateAsyncScope();
        var corrected = await scope.ServiceProvider.GetRequiredService<DocumentRegister>().UpdateAsync(letter.Id, 0, parts, Cancel);

        Assert.Empty(corrected.Errors);
        Assert.Equal(letter.Id, (await ViewAsync(services, seed.Id)).Cites.Single(c => c.Citation.NumberSymbol == "945-CV/TU").Cited?.Id);
    }
}
