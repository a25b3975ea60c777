using DangVu.Core.FollowUp;
using DangVu.Core.Text;
using DangVu.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DangVu.Data.FollowUp;

/// <summary>What one run of the dispatcher did.</summary>
public sealed record DispatchResult(int Recorded, int Emailed, int EmailFailures);

/// <summary>
/// One pass of reminders: works out, for every open task, the reminders due today (<see cref="ReminderSchedule"/>, which
/// also catches up what came due while the app was down), records each one per recipient with its in-app notification in
/// one transaction — the unique key (task, kind, date it concerns, recipient) turns a repeat, after a restart, a clock jump
/// or on a second instance, into nothing — and then sends the e-mails still pending. An e-mail is claimed with a lease
/// before it is sent and marked sent after, so a crash between the two sends it again at the next pass (at least once,
/// with the same Message-ID so a receiver can drop the repeat); a failure is retried at the next passes, up to
/// <see cref="MaxAttempts"/>.
/// </summary>
public sealed partial class ReminderDispatcher(DangVuDbContext context, IReminderMailer mailer, TimeProvider clock, ILogger<ReminderDispatcher> logger)
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<DispatchResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var recorded = await RecordDueAsync(cancellationToken);
        var (sent, failed) = await SendPendingAsync(cancellationToken);
        return new DispatchResult(recorded, sent, failed);
    }

    private async Task<int> RecordDueAsync(CancellationToken cancellationToken)
    {
        var today = VietnameseDates.Today(clock);
        var open = await context.FollowUpTasks.AsNoTracking()
            .Where(t => t.CompletedOn == null && !t.IsSplit && t.StartOn <= today)
            .Select(t => new
            {
                t.Id,
                t.Title,
                t.SourceNumberSymbol,
                t.SourceParagraph,
                t.TermKind,
                t.StartOn,
                t.DueOn,
                t.Cadence,
                t.ReminderDays,
                t.LastReportOn,
                t.LeadOrganizationId,
                t.IssuingOrganizationId,
                t.TrackingOfficerId,
            })
            .ToListAsync(cancellationToken);
        var due = open
            .SelectMany(t => ReminderSchedule.Due(
                new TaskFacts(new TaskTerm(t.TermKind, t.StartOn, t.DueOn), t.Cadence, null, t.LastReportOn), ReminderDays.Parse(t.ReminderDays).Days, today)
                .Select(reminder => (Task: t, Reminder: reminder)))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var taskIds = due.Select(d => d.Task.Id).Distinct().ToList();
        var done = new HashSet<(Guid, string, DateOnly, Guid)>();
        foreach (var chunk in taskIds.Chunk(2000))
        {
            var existing = await context.SentReminders.AsNoTracking().Where(r => chunk.Contains(r.TaskId))
                .Select(r => new { r.TaskId, r.Kind, r.ConcernsOn, r.RecipientId }).ToListAsync(cancellationToken);
            done.UnionWith(existing.Select(r => (r.TaskId, r.Kind, r.ConcernsOn, r.RecipientId)));
        }

        var organizationIds = due.SelectMany(d => new[] { d.Task.LeadOrganizationId, d.Task.IssuingOrganizationId }).ToHashSet();
        var paths = await context.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
        var grants = await context.UserGrants.AsNoTracking()
            .Where(g => g.Role == Core.Access.Role.Secretary || g.Role == Core.Access.Role.Office)
            .Select(g => new { g.UserId, g.Role, g.ScopePath }).ToListAsync(cancellationToken);
        var recipients = new ReminderRecipients([.. grants.Select(g => (g.UserId, g.Role, g.ScopePath))]);
        var users = await context.Users.AsNoTracking().Select(u => new { u.Id, u.Email, u.FullName, u.LockoutEnd }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var recorded = 0;
        foreach (var (task, reminder) in due)
        {
            var source = string.Join(", ", new[] { task.SourceNumberSymbol, task.SourceParagraph is null ? null : $"mục {task.SourceParagraph}" }.Where(p => !string.IsNullOrEmpty(p)));
            var subject = FollowUpLabels.ReminderSubject(reminder, task.Title);
            var body = ReminderTexts.Body(reminder, task.Title, source, task.DueOn, today);
            foreach (var recipient in recipients.For(reminder.Audience, paths.GetValueOrDefault(task.LeadOrganizationId, "\u0000"),
                paths.GetValueOrDefault(task.IssuingOrganizationId, "\u0000"), task.TrackingOfficerId))
            {
                if (done.Contains((task.Id, reminder.Code, reminder.ConcernsOn, recipient)) || !users.TryGetValue(recipient, out var user))
                {
                    continue;
                }

                var email = string.IsNullOrWhiteSpace(user.Email) ? null : user.Email;
                context.SentReminders.Add(new SentReminder
                {
                    TaskId = task.Id,
                    Kind = reminder.Code,
                    ConcernsOn = reminder.ConcernsOn,
                    RecipientId = recipient,
                    Email = email,
                    Subject = subject,
                    Body = body,
                    Delivery = mailer.IsEnabled && email is not null ? ReminderDelivery.Pending : ReminderDelivery.InAppOnly,
                    CreatedAt = now,
                });
                context.Notifications.Add(new Notification
                {
                    UserId = recipient,
                    Title = subject,
                    Body = body,
                    Link = $"/theo-doi/nhiem-vu/{task.Id}",
                    TaskId = task.Id,
                    CreatedAt = now,
                });
                done.Add((task.Id, reminder.Code, reminder.ConcernsOn, recipient));
                recorded++;
            }
        }

        if (recorded == 0)
        {
            return 0;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another instance recorded some of them first: this pass records nothing; the next one adds what is left.
            context.ChangeTracker.Clear();
            LogRaced(logger);
            return 0;
        }

        context.ChangeTracker.Clear();
        LogRecorded(logger, recorded);
        return recorded;
    }

    private async Task<(int Sent, int Failed)> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (!mailer.IsEnabled)
        {
            return (0, 0);
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var pending = await context.SentReminders.AsNoTracking()
            .Where(r => r.Delivery == ReminderDelivery.Pending && (r.LeasedUntil == null || r.LeasedUntil < now))
            .OrderBy(r => r.Id).Take(500)
            .Join(context.Users, r => r.RecipientId, u => u.Id, (r, u) => new { r.Id, r.Email, u.FullName, r.Subject, r.Body, r.Attempts, r.LeasedUntil })
            .ToListAsync(cancellationToken);
        var (sent, failed) = (0, 0);
        foreach (var reminder in pending)
        {
            // The claim: only the dispatcher whose conditional update matched the row's old lease sends it.
            var claimed = await context.SentReminders
                .Where(r => r.Id == reminder.Id && r.Delivery == ReminderDelivery.Pending && r.LeasedUntil == reminder.LeasedUntil)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeasedUntil, now + (long)Lease.TotalMilliseconds).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
            if (claimed == 0 || reminder.Email is null)
            {
                continue;
            }

            try
            {
                await mailer.SendAsync(new ReminderMail($"{reminder.Id:N}@dangvu", reminder.Email, reminder.FullName, reminder.Subject, reminder.Body), cancellationToken);
                await context.SentReminders.Where(r => r.Id == reminder.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.Delivery, ReminderDelivery.Sent).SetProperty(r => r.SentAt, clock.GetUtcNow()).SetProperty(r => r.LastError, (string?)null), cancellationToken);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed++;
                LogEmailFailed(logger, exception, reminder.Id, reminder.Attempts + 1);
                var error = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
                var giveUp = reminder.Attempts + 1 >= MaxAttempts;
                // Released at once (not at the lease's end), so the next pass tries again.
                await context.SentReminders.Where(r => r.Id == reminder.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.LastError, error).SetProperty(r => r.LeasedUntil, (long?)null)
                        .SetProperty(r => r.Delivery, giveUp ? ReminderDelivery.Failed : ReminderDelivery.Pending), cancellationToken);
            }
        }

        return (sent, failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another dispatcher recorded reminders first; the rest will be recorded at the next pass.")]
    private static partial void LogRaced(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded {Count} reminders.")]
    private static partial void LogRecorded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder e-mail {Id} failed (attempt {Attempt}).")]
    private static partial void LogEmailFailed(ILogger logger, Exception exception, Guid id, int attempt);
}
