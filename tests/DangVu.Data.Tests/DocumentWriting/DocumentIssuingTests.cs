using DangVu.Core.DocumentWriting;
using DangVu.Core.Organizations;
using DangVu.Data.Audit;
using DangVu.Data.DocumentWriting;
using DangVu.Data.Infrastructure;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.DocumentWriting;

/// <summary>Serials per issuer, type and committee term (else year): given on issue, never twice, never skipped.</summary>
public sealed class DocumentIssuingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task IssueAsync_TwentyAtOnceOnSeparateContexts_GivesOneToTwentyWithoutGapOrDuplicate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var province = await OrganizationAsync(services);
        var drafts = new List<WrittenDocument>();
        for (var index = 0; index < 20; index++)
        {
            drafts.Add(await DraftAsync(services, province, "TB", "22/05/2008"));
        }

        var outcomes = await Task.WhenAll(drafts.Select(draft => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DocumentIssuing>().IssueAsync(draft.Id, draft.Version, Cancel);
        }, Cancel)));

        Assert.All(outcomes, outcome => Assert.Null(outcome.Refusal));
        Assert.Equal(Enumerable.Range(1, 20), outcomes.Select(outcome => outcome.Document!.Serial!.Value).Order());
        await using var check = services.CreateAsyncScope();
        var context = check.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var stored = await context.Set<WrittenDocument>().Select(d => d.NumberSymbol).ToListAsync(Cancel);
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"{n}-TB/TU").Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.Equal(20, (await context.Set<DocumentSerialCounter>().SingleAsync(Cancel)).LastSerial);
        Assert.Equal(20, await context.AuditEntries.CountAsync(e => e.Action == DocumentIssuing.AuditAction, Cancel));
        Assert.Equal(20, await context.Documents.CountAsync(Cancel));
        var (broken, _) = await check.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(Cancel);
        Assert.Null(broken);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task IssueAsync_FilesTheIssuedDocxInTheIssuersRegister_AndFilingAgainLinksTheOneHeld(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var province = await OrganizationAsync(services);

        var issued = (await IssueAsync(services, await DraftAsync(services, province, "TB", "22/05/2008"))).Document!;

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var registered = await context.Documents.Include(d => d.Tasks).SingleAsync(d => d.Id == issued.RegisteredDocumentId, Cancel);
        Assert.Equal((province.Id, "1-TB/TU", 1, new DateOnly(2008, 5, 22), "Thông báo"), (registered.OrganizationId, registered.NumberSymbol, registered.Serial, registered.Date, registered.Type));
        Assert.Equal(issued.Title, registered.Title);
        Assert.Equal(3, registered.Tasks.Count);
        Assert.Equal(WrittenDocumentFiles.DocxContentType, registered.ContentType);

        // A document whose filing did not happen is filed again by hand: the register's copy is linked, not doubled.
        await context.Set<WrittenDocument>().Where(d => d.Id == issued.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.RegisteredDocumentId, (Guid?)null), Cancel);
        var (again, problems) = await scope.ServiceProvider.GetRequiredService<IssuedDocumentFiling>().FileAsync(issued.Id, Cancel);
        Assert.Empty(problems);
        Assert.Equal(registered.Id, again);
        Assert.Equal(1, await context.Documents.CountAsync(Cancel));
        Assert.Equal(registered.Id, await context.Set<WrittenDocument>().Where(d => d.Id == issued.Id).Select(d => d.RegisteredDocumentId).SingleAsync(Cancel));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task IssueAsync_AbandonedDraft_LeavesNoGap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var province = await OrganizationAsync(services);
        var abandoned = await DraftAsync(services, province, "KH", "01/06/2008");
        var first = await DraftAsync(services, province, "KH", "02/06/2008");
        var second = await DraftAsync(services, province, "KH", "03/06/2008");

        var one = await IssueAsync(services, first);
        var two = await IssueAsync(services, second);

        Assert.Null(abandoned.Serial);
        Assert.Equal((1, "1-KH/TU"), (one.Document!.Serial, one.Document.NumberSymbol));
        Assert.Equal((2, "2-KH/TU"), (two.Document!.Serial, two.Document.NumberSymbol));
        Assert.Equal(WrittenDocumentStatus.Issued, two.Document.Status);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task IssueAsync_RestartsForEachTypeAndEachCommitteeTerm(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var province = await OrganizationAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var terms = scope.ServiceProvider.GetRequiredService<CommitteeTerms>();
            Assert.Null((await terms.AddAsync(province.Id, "2005–2010", new(2005, 12, 1), new(2010, 9, 30), Cancel)).Error);
            Assert.Null((await terms.AddAsync(province.Id, "2010–2015", new(2010, 10, 1), null, Cancel)).Error);
            Assert.NotNull((await terms.AddAsync(province.Id, "trùng", new(2012, 1, 1), new(2013, 1, 1), Cancel)).Error);
        }

        var notice2008 = await IssueAsync(services, await DraftAsync(services, province, "TB", "22/05/2008"));
        var notice2009 = await IssueAsync(services, await DraftAsync(services, province, "TB", "10/01/2009"));
        var plan2009 = await IssueAsync(services, await DraftAsync(services, province, "KH", "11/01/2009"));
        var noticeNextTerm = await IssueAsync(services, await DraftAsync(services, province, "TB", "01/10/2010"));

        Assert.Equal(1, notice2008.Document!.Serial);
        Assert.Equal(2, notice2009.Document!.Serial);
        Assert.Equal("nhiệm kỳ 2005–2010", notice2009.Document.SerialPeriodLabel);
        Assert.Equal(1, plan2009.Document!.Serial);
        Assert.Equal(1, noticeNextTerm.Document!.Serial);
        Assert.Equal("nhiệm kỳ 2010–2015", noticeNextTerm.Document.SerialPeriodLabel);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task IssueAsync_IssuerWithoutTerms_CountsByCalendarYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var province = await OrganizationAsync(services);

        var december = await IssueAsync(services, await DraftAsync(services, province, "BC", "31/12/2008"));
        var january = await IssueAsync(services, await DraftAsync(services, province, "BC", "01/01/2009"));

        Assert.Equal((1, "năm 2008"), (december.Document!.Serial, december.Document.SerialPeriodLabel));
        Assert.Equal((1, "năm 2009"), (january.Document!.Serial, january.Document.SerialPeriodLabel));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task IssueAsync_TwiceOrStale_IsRefusedAndTakesNoNumber(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices();
        var province = await OrganizationAsync(services);
        var draft = await DraftAsync(services, province, "CV", "22/05/2008");
        var stale = await DraftAsync(services, province, "CV", "22/05/2008");
        await using (var scope = services.CreateAsyncScope())
        {
            var edited = await scope.ServiceProvider.GetRequiredService<DocumentDrafts>().UpdateAsync(
                stale.Id, stale.Version, province.Id, DocumentSamples.Composed("CV", null) with { Place = "Bình Thuận" }, Cancel);
            Assert.Null(edited.Refusal);
        }

        var issued = await IssueAsync(services, draft);
        var again = await IssueAsync(services, issued.Document!);
        var conflict = await IssueAsync(services, stale);
        WritingOutcome change;
        await using (var scope = services.CreateAsyncScope())
        {
            change = await scope.ServiceProvider.GetRequiredService<DocumentDrafts>().UpdateAsync(
                draft.Id, issued.Document!.Version, province.Id, DocumentSamples.Composed("CV", null), Cancel);
        }

        Assert.Equal(WritingRefusal.AlreadyIssued, again.Refusal);
        Assert.Contains("1-CV/TU", again.Message, StringComparison.Ordinal);
        Assert.Equal(WritingRefusal.Conflict, conflict.Refusal);
        Assert.Equal(WritingRefusal.AlreadyIssued, change.Refusal);
        var next = await IssueAsync(services, await DraftAsync(services, province, "CV", "23/05/2008"));
        Assert.Equal(2, next.Document!.Serial);
    }

    private static async Task<PartyOrganization> OrganizationAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>().CreateAsync(
            new NewOrganization("Tỉnh uỷ Bình Thuận", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), new Decision(new(2005, 1, 1)), Cancel);
        return created.Organization!;
    }

    private static async Task<WrittenDocument> DraftAsync(ServiceProvider services, PartyOrganization issuer, string typeCode, string date)
    {
        await using var scope = services.CreateAsyncScope();
        var (composed, errors) = DocumentComposer.Compose(DocumentSamples.Input(typeCode) with { Date = date });
        Assert.Empty(errors);
        return await scope.ServiceProvider.GetRequiredService<DocumentDrafts>().CreateAsync(issuer.Id, composed!, Cancel);
    }

    private static async Task<WritingOutcome> IssueAsync(ServiceProvider services, WrittenDocument document)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentIssuing>().IssueAsync(document.Id, document.Version, Cancel);
    }
}
