using DangVu.Core.FollowUp;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.FollowUp;

/// <summary>
/// Makes and changes tracked tasks: from a document's tasks and paragraphs (their term read from their words where they
/// set one), from any text (a meeting's decision), re-assigned, split into several. Every write goes through the
/// context, so the audit interceptor logs it; an edit against an older <see cref="FollowUpTask.Version"/> is a conflict.
/// Who may do what is the caller's check (the web layer's scopes).
/// </summary>
public sealed class FollowUpTasks(DangVuDbContext context, IDirectiveSources sources, TimeProvider clock, IAuditActor actor)
{
    /// <summary>Makes one task for each picked task or paragraph of the document.</summary>
    public async Task<TaskOutcome> CreateFromDocumentAsync(TasksFromDocument request, CancellationToken cancellationToken = default)
    {
        var source = await sources.FindAsync(request.SourceKey, cancellationToken);
        if (source is null)
        {
            return TaskOutcome.Refused(nameof(request.SourceKey), "Không tìm thấy văn bản.");
        }

        if (request.Numbers.Count == 0)
        {
            return TaskOutcome.Refused(nameof(request.Numbers), "Hãy chọn ít nhất một nhiệm vụ hoặc đoạn văn bản.");
        }

        var issuer = request.IssuingOrganizationId ?? source.IssuingOrganizationId;
        if (issuer is null)
        {
            return TaskOutcome.Refused(nameof(request.IssuingOrganizationId), "Chưa rõ cơ quan ban hành văn bản; hãy chọn cơ quan theo dõi.");
        }

        var errors = new List<FollowUpError>();
        var tasks = new List<FollowUpTask>();
        var issuedOn = source.Date ?? Today();
        foreach (var number in request.Numbers.Distinct())
        {
            if (source.Find(number) is not { } paragraph)
            {
                errors.Add(new(nameof(request.Numbers), $"Văn bản không có mục “{number}”."));
                continue;
            }

            var reading = TermPhrases.Read(paragraph.Text, paragraph.IsTask ? source.TermContext : null, issuedOn);
            var term = request.OverrideTerm || reading.Term is null
                ? request.DueOn is { } due ? TaskTerm.By(issuedOn, due) : null
                : reading.Term;
            if (term is null)
            {
                errors.Add(new(nameof(request.DueOn), $"Mục {number}: văn bản không nêu hạn; hãy nhập hạn hoàn thành."));
                continue;
            }

            var cadence = request.Cadence ?? (reading.Cadence != ReportCadence.None ? reading.Cadence : term.ImpliedCadence);
            var assignment = new TaskAssignment(request.LeadOrganizationId, request.CooperatorIds, request.TrackingOfficerId, term, cadence, request.ReminderDays);
            var task = new FollowUpTask
            {
                Title = TaskTitles.From(paragraph.Text),
                SourceKind = paragraph.IsTask ? TaskSourceKind.DocumentTask : TaskSourceKind.DocumentParagraph,
                SourceKey = source.Key,
                SourceNumberSymbol = source.NumberSymbol,
                SourceTitle = Cut(source.Title, FollowUpLimits.SourceTitle),
                SourceDate = source.Date,
                SourceParagraph = number,
                SourceText = Cut(paragraph.Text, FollowUpLimits.SourceText)!,
                IssuingOrganizationId = issuer.Value,
                IsSynthetic = request.IsSynthetic,
            };
            errors.AddRange(await ApplyAsync(task, assignment, cancellationToken));
            tasks.Add(task);
        }

        return await SaveNewAsync(tasks, errors, cancellationToken);
    }

    /// <summary>Makes a task from any text: how cell meetings send the decisions they want tracked.</summary>
    public async Task<TaskOutcome> CreateFromTextAsync(TaskFromText request, CancellationToken cancellationToken = default)
    {
        var (task, errors) = await PrepareFromTextAsync(request, cancellationToken);
        return await SaveNewAsync(task is null ? [] : [task], errors, cancellationToken);
    }

    /// <summary>
    /// A task from other text, checked but not saved: the caller adds it with <see cref="Track"/> and saves it with its
    /// own changes, in one transaction (a cell meeting's decisions).
    /// </summary>
    public async Task<(FollowUpTask? Task, List<FollowUpError> Errors)> PrepareFromTextAsync(TaskFromText request, CancellationToken cancellationToken = default)
    {
        var text = VietnameseText.Normalize(request.Text);
        if (text.Length == 0)
        {
            return (null, [new(nameof(request.Text), "Nội dung nhiệm vụ không được để trống.")]);
        }

        if (text.Length > FollowUpLimits.SourceText)
        {
            return (null, [new(nameof(request.Text), $"Nội dung dài quá {FollowUpLimits.SourceText} ký tự.")]);
        }

        var task = new FollowUpTask
        {
            Title = string.IsNullOrWhiteSpace(request.Title) ? TaskTitles.From(text) : request.Title,
            SourceKind = TaskSourceKind.Text,
            SourceKey = Cut(request.SourceKey, FollowUpLimits.SourceKey),
            SourceNumberSymbol = Cut(VietnameseText.Normalize(request.SourceLabel), FollowUpLimits.NumberSymbol) is { Length: > 0 } label ? label : null,
            SourceDate = request.SourceDate,
            SourceText = text,
            IssuingOrganizationId = request.IssuingOrganizationId,
            IsSynthetic = request.IsSynthetic,
        };
        var errors = new List<FollowUpError>();
        if (!await context.Organizations.AnyAsync(o => o.Id == request.IssuingOrganizationId, cancellationToken))
        {
            errors.Add(new(nameof(request.IssuingOrganizationId), "Không tìm thấy cơ quan theo dõi."));
        }

        errors.AddRange(await ApplyAsync(task, request.Assignment, cancellationToken));
        return (errors.Count == 0 ? task : null, errors);
    }

    /// <summary>Adds new tasks to the context, stamped with who made them and when; the caller saves.</summary>
    public void Track(IEnumerable<FollowUpTask> tasks)
    {
        var now = clock.GetUtcNow();
        foreach (var task in tasks)
        {
            task.CreatedAt = now;
            task.CreatedBy = actor.Name;
            context.FollowUpTasks.Add(task);
        }
    }

    /// <summary>Changes a task's title (when given) and assignment.</summary>
    public async Task<TaskOutcome> AssignAsync(Guid id, int version, TaskAssignment assignment, string? title = null, CancellationToken cancellationToken = default)
    {
        var task = await context.FollowUpTasks.Include(t => t.Cooperators).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return TaskOutcome.Refused(string.Empty, "Không tìm thấy nhiệm vụ.");
        }

        if (task.Version != version)
        {
            return TaskOutcome.Stale;
        }

        if (task.IsSplit)
        {
            return TaskOutcome.Refused(string.Empty, "Nhiệm vụ đã được tách thành các nhiệm vụ khác; hãy sửa từng nhiệm vụ đó.");
        }

        if (title is not null)
        {
            task.Title = title;
        }

        var errors = await ApplyAsync(task, assignment, cancellationToken);
        if (title is not null && (task.Title.Length == 0 || task.Title.Length > FollowUpLimits.Title))
        {
            errors.Add(new(nameof(FollowUpTask.Title), $"Tên nhiệm vụ không được để trống và dài nhiều nhất {FollowUpLimits.Title} ký tự."));
        }

        if (errors.Count > 0)
        {
            context.ChangeTracker.Clear();
            return new TaskOutcome([], errors);
        }

        task.Version++;
        return await SaveAsync(task, cancellationToken);
    }

    /// <summary>
    /// Splits a task into several: each part gets the source, issuer, officer, cadence and reminder days, and its own title,
    /// lead and (optionally) deadline. The original stays, marked split, and is no longer reported on or counted.
    /// </summary>
    public async Task<TaskOutcome> SplitAsync(Guid id, int version, IReadOnlyList<SplitPart> parts, CancellationToken cancellationToken = default)
    {
        var task = await context.FollowUpTasks.Include(t => t.Cooperators).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return TaskOutcome.Refused(string.Empty, "Không tìm thấy nhiệm vụ.");
        }

        if (task.Version != version)
        {
            return TaskOutcome.Stale;
        }

        if (task.IsSplit || task.CompletedOn is not null)
        {
            return TaskOutcome.Refused(string.Empty, "Chỉ tách được nhiệm vụ đang thực hiện và chưa được tách.");
        }

        if (parts.Count is < 2 or > FollowUpLimits.MaxSplitParts)
        {
            return TaskOutcome.Refused(nameof(parts), $"Tách thành từ 2 đến {FollowUpLimits.MaxSplitParts} nhiệm vụ.");
        }

        var errors = new List<FollowUpError>();
        var children = new List<FollowUpTask>();
        foreach (var (part, index) in parts.Select((part, index) => (part, index)))
        {
            var child = new FollowUpTask
            {
                Title = part.Title,
                SourceKind = task.SourceKind,
                SourceKey = task.SourceKey,
                SourceNumberSymbol = task.SourceNumberSymbol,
                SourceTitle = task.SourceTitle,
                SourceDate = task.SourceDate,
                SourceParagraph = task.SourceParagraph is null ? null : Cut($"{task.SourceParagraph}.{index + 1}", FollowUpLimits.Paragraph),
                SourceText = task.SourceText,
                SplitFromId = task.Id,
                IssuingOrganizationId = task.IssuingOrganizationId,
                IsSynthetic = task.IsSynthetic,
            };
            var term = part.DueOn is { } due ? TaskTerm.By(task.StartOn, due) : task.Term;
            var assignment = new TaskAssignment(part.LeadOrganizationId, [], task.TrackingOfficerId, term, task.Cadence, task.ReminderDayList);
            errors.AddRange((await ApplyAsync(child, assignment, cancellationToken)).Select(e => e with { Message = $"Phần {index + 1}: {e.Message}" }));
            if (child.Title.Length == 0 || child.Title.Length > FollowUpLimits.Title)
            {
                errors.Add(new(nameof(SplitPart.Title), $"Phần {index + 1}: tên nhiệm vụ không được để trống và dài nhiều nhất {FollowUpLimits.Title} ký tự."));
            }

            children.Add(child);
        }

        if (errors.Count > 0)
        {
            context.ChangeTracker.Clear();
            return new TaskOutcome([], errors);
        }

        task.IsSplit = true;
        task.Version++;
        return await SaveNewAsync(children, [], cancellationToken);
    }

    /// <summary>Checks an assignment and writes it onto the task; returns what is wrong (nothing written is saved then).</summary>
    private async Task<List<FollowUpError>> ApplyAsync(FollowUpTask task, TaskAssignment assignment, CancellationToken cancellationToken)
    {
        var errors = new List<FollowUpError>();
        var cooperators = assignment.CooperatorIds.Distinct().Where(id => id != assignment.LeadOrganizationId).ToList();
        var wanted = cooperators.Append(assignment.LeadOrganizationId).ToList();
        var active = await context.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id) && o.DissolvedOn == null).Select(o => o.Id).ToListAsync(cancellationToken);
        if (!active.Contains(assignment.LeadOrganizationId))
        {
            errors.Add(new(nameof(TaskAssignment.LeadOrganizationId), "Hãy chọn đơn vị chủ trì (một tổ chức đang hoạt động)."));
        }

        if (cooperators.Any(id => !active.Contains(id)))
        {
            errors.Add(new(nameof(TaskAssignment.CooperatorIds), "Có đơn vị phối hợp không tìm thấy hoặc đã giải thể."));
        }

        if (cooperators.Count > FollowUpLimits.MaxCooperators)
        {
            errors.Add(new(nameof(TaskAssignment.CooperatorIds), $"Nhiều nhất {FollowUpLimits.MaxCooperators} đơn vị phối hợp."));
        }

        if (assignment.TrackingOfficerId is { } officer && !await context.Users.AnyAsync(u => u.Id == officer, cancellationToken))
        {
            errors.Add(new(nameof(TaskAssignment.TrackingOfficerId), "Không tìm thấy cán bộ theo dõi."));
        }

        if (assignment.Term.Problem() is { } problem)
        {
            errors.Add(new(nameof(TaskAssignment.Term), problem));
        }

        if (assignment.ReminderDays.Count > ReminderDays.MaxCount || assignment.ReminderDays.Any(d => d is < 1 or > ReminderDays.MaxDays))
        {
            errors.Add(new(nameof(TaskAssignment.ReminderDays), ReminderDays.Parse("0").Problem!));
        }

        task.LeadOrganizationId = assignment.LeadOrganizationId;
        task.TrackingOfficerId = assignment.TrackingOfficerId;
        task.TermKind = assignment.Term.Kind;
        task.StartOn = assignment.Term.Start;
        task.DueOn = assignment.Term.DueOn;
        task.Cadence = assignment.Cadence;
        task.ReminderDays = ReminderDays.Format(assignment.ReminderDays.Distinct().OrderDescending());
        task.Cooperators.RemoveAll(c => !cooperators.Contains(c.OrganizationId));
        foreach (var id in cooperators.Where(id => task.Cooperators.All(c => c.OrganizationId != id)))
        {
            task.Cooperators.Add(new TaskCooperator { TaskId = task.Id, OrganizationId = id });
        }

        return errors;
    }

    private async Task<TaskOutcome> SaveNewAsync(List<FollowUpTask> tasks, List<FollowUpError> errors, CancellationToken cancellationToken)
    {
        if (errors.Count > 0 || tasks.Count == 0)
        {
            context.ChangeTracker.Clear();
            return new TaskOutcome([], errors);
        }

        Track(tasks);
        await context.SaveChangesAsync(cancellationToken);
        return new TaskOutcome(tasks, []);
    }

    private async Task<TaskOutcome> SaveAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return new TaskOutcome([task], []);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return TaskOutcome.Stale;
        }
    }

    private DateOnly Today() => VietnameseDates.Today(clock);

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
