using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DangVu.Core.DocumentWriting;
using DangVu.Data.Audit;
using DangVu.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// Issues a draft: gives it the next serial of its issuer, type and period (committee term, else year) and fixes it.
/// The counter row is raised and the document written in one SaveChanges — one transaction, with its audit entries —
/// and the counter's old value is the concurrency token, so of two issues that read the same value one saves and the
/// other starts again from a fresh read. No number is given twice (a unique index backs this) and none is skipped (a
/// failed issue raises nothing). On SQLite and PostgreSQL alike. The issued document is then filed in its
/// organization's register (<see cref="IssuedDocumentFiling"/>).
/// </summary>
public sealed partial class DocumentIssuing(
    DangVuDbContext context, TimeProvider clock, IAuditActor actor, IssuedDocumentFiling filing, ILogger<DocumentIssuing> logger)
{
    /// <summary>The audit action of an issue.</summary>
    public const string AuditAction = "issue-document";

    /// <summary>Enough for a few hundred issues at the same instant; each round lets at least one through.</summary>
    private const int MaxAttempts = 200;

    private static readonly JsonSerializerOptions DetailsJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<WritingOutcome> IssueAsync(Guid id, int version, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            context.ChangeTracker.Clear();
            context.PendingAuditEvents.Clear();
            var documents = context.Set<WrittenDocument>();
            var document = await documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (document is null)
            {
                return WritingOutcome.Refused(WritingRefusal.NotFound);
            }

            if (document.IsIssued)
            {
                return WritingOutcome.Refused(WritingRefusal.AlreadyIssued, document);
            }

            if (document.Version != version)
            {
                return WritingOutcome.Refused(WritingRefusal.Conflict, document);
            }

            await NumberAsync(document, cancellationToken);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                // Filed after the number is fixed, in a transaction of its own: a register that refuses it leaves the
                // document issued and shows it unfiled, rather than undoing the issue.
                document.RegisteredDocumentId = await FileAsync(document.Id, cancellationToken);
                return WritingOutcome.Done(document);
            }
            catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(exception))
            {
                if (attempt >= MaxAttempts)
                {
                    context.ChangeTracker.Clear();
                    return WritingOutcome.Refused(WritingRefusal.Busy);
                }
            }

            // Spread the next tries so that the losers of one round do not collide again in step.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + Math.Min(attempt, 20) * 5)), cancellationToken);
        }
    }

    /// <summary>The register's id of the issued document, or null: a failure to file is logged, never reported as a failed issue.</summary>
    private async Task<Guid?> FileAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return (await filing.FileAsync(id, cancellationToken)).RegisteredId;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFilingFailed(logger, exception, id);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Issued document {Id} could not be filed in the register; it stays issued and unfiled.")]
    private static partial void LogFilingFailed(ILogger logger, Exception exception, Guid id);

    private async Task NumberAsync(WrittenDocument document, CancellationToken cancellationToken)
    {
        var terms = await context.Set<CommitteeTerm>().AsNoTracking()
            .Where(term => term.OrganizationId == document.OrganizationId)
            .ToListAsync(cancellationToken);
        var period = SerialPeriod.For(document.Date, terms.Select(term => term.ToSpan()));
        var counter = await context.Set<DocumentSerialCounter>().SingleOrDefaultAsync(
            c => c.OrganizationId == document.OrganizationId && c.TypeCode == document.TypeCode && c.PeriodKey == period.Key, cancellationToken);
        if (counter is null)
        {
            counter = new DocumentSerialCounter { OrganizationId = document.OrganizationId, TypeCode = document.TypeCode, PeriodKey = period.Key };
            context.Add(counter);
        }

        counter.LastSerial++;
        var now = clock.GetUtcNow();
        document.Serial = counter.LastSerial;
        document.NumberSymbol = document.ToComposed().NumberSymbol;
        document.SerialPeriodKey = period.Key;
        document.SerialPeriodLabel = period.Label;
        document.Status = WrittenDocumentStatus.Issued;
        document.IssuedAt = now;
        document.IssuedBy = actor.Name;
        document.UpdatedAt = now;
        document.Version++;
        context.PendingAuditEvents.Add(new AuditEvent(AuditAction, nameof(WrittenDocument), document.Id.ToString(),
            JsonSerializer.Serialize(new { numberSymbol = document.NumberSymbol, period = period.Label, title = document.Title }, DetailsJson)));
    }
}
