using DangVu.Core.Admission;
using DangVu.Core.Text;
using DangVu.Core.Training;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Training;

/// <summary>A class in a list: who opened it and how many are enrolled and passed.</summary>
public sealed record TrainingClassSummary(TrainingClass Class, string OrganizerName, int Enrolled, int Passed);

/// <summary>A resolution some class studies: its name as first typed and the key that groups its classes.</summary>
public sealed record StudyTopic(string Key, string Name);

/// <summary>Someone who may be enrolled: a member on the rolls of a cell, or a candidate of its open admission cases.</summary>
public sealed record Enrollable(Guid Id, string FullName, bool IsCandidate);

/// <summary>One person's place in a class, for their own page: the class, their enrolment, and the sessions with their attendance.</summary>
public sealed record ClassOfMember(TrainingClass Class, TrainingEnrolment Enrolment, string OrganizerName);

/// <summary>Reading classes within the caller's subtrees, and what the enrolment forms offer.</summary>
public sealed class TrainingQueries(DangVuDbContext context)
{
    /// <summary>A class with its sessions, enrolments (in Vietnamese name order) and attendance, or null.</summary>
    public async Task<TrainingClass?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var training = await context.TrainingClasses.AsNoTracking().Include(c => c.Sessions).Include(c => c.Enrolments).ThenInclude(e => e.Attendance)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (training is not null)
        {
            training.Sessions.Sort((a, b) => a.On.CompareTo(b.On));
            training.Enrolments.Sort((a, b) => PersonNames.Comparer.Compare(a.FullName, b.FullName));
        }

        return training;
    }

    /// <summary>The classes opened under the given subtrees, newest first, optionally of one kind and one year.</summary>
    public async Task<IReadOnlyList<TrainingClassSummary>> ListAsync(
        IReadOnlyCollection<string> scopePaths, TrainingKind? kind = null, int? year = null, CancellationToken cancellationToken = default)
    {
        var query = context.TrainingClasses.AsNoTracking().Within(scopePaths, nameof(TrainingClass.OrganizerPath));
        if (kind is { } k)
        {
            query = query.Where(c => c.Kind == k);
        }

        if (year is { } y)
        {
            var first = new DateOnly(y, 1, 1);
            var last = new DateOnly(y, 12, 31);
            query = query.Where(c => c.StartsOn <= last && c.EndsOn >= first);
        }

        var classes = await query.ToListAsync(cancellationToken);
        var ids = classes.Select(c => c.Id).ToList();
        var counts = await context.TrainingEnrolments.AsNoTracking().Where(e => ids.Contains(e.ClassId))
            .GroupBy(e => e.ClassId)
            .Select(g => new { ClassId = g.Key, Enrolled = g.Count(), Passed = g.Count(e => e.Result == TrainingResult.Passed) })
            .ToDictionaryAsync(g => g.ClassId, cancellationToken);
        var organizers = classes.Select(c => c.OrganizerId).Distinct().ToList();
        var names = await context.Organizations.AsNoTracking().Where(o => organizers.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. classes.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name, VietnameseText.Comparer)
            .Select(c => new TrainingClassSummary(c, names.GetValueOrDefault(c.OrganizerId, string.Empty),
                counts.GetValueOrDefault(c.Id)?.Enrolled ?? 0, counts.GetValueOrDefault(c.Id)?.Passed ?? 0))];
    }

    /// <summary>The resolutions studied in any class, in Vietnamese order, each once however its name was typed.</summary>
    public async Task<IReadOnlyList<StudyTopic>> TopicsAsync(CancellationToken cancellationToken = default)
    {
        var topics = await context.TrainingClasses.AsNoTracking()
            .Where(c => c.Kind == TrainingKind.ResolutionStudy && c.TopicKey != "")
            .Select(c => new { c.TopicKey, c.Topic, c.StartsOn }).ToListAsync(cancellationToken);
        return [.. topics.GroupBy(t => t.TopicKey).Select(g => new StudyTopic(g.Key, g.OrderBy(t => t.StartsOn).First().Topic!))
            .OrderBy(t => t.Name, VietnameseText.Comparer)];
    }

    /// <summary>Who the class may still enrol from one cell: its members on the rolls, or its open candidates for the awareness class.</summary>
    public async Task<IReadOnlyList<Enrollable>> EnrollableAsync(TrainingClass training, Guid cellId, CancellationToken cancellationToken = default)
    {
        var enrolled = training.Enrolments.Select(e => e.MemberId ?? e.AdmissionCaseId).ToHashSet();
        if (TrainingKinds.EnrolsCandidates(training.Kind))
        {
            var cases = await context.AdmissionCases.AsNoTracking()
                .Where(c => c.OrganizationId == cellId && c.Status == AdmissionStatus.Candidate)
                .Select(c => new { c.Id, c.FullName }).ToListAsync(cancellationToken);
            return [.. cases.Where(c => !enrolled.Contains(c.Id)).OrderBy(c => c.FullName, PersonNames.Comparer).Select(c => new Enrollable(c.Id, c.FullName, true))];
        }

        var members = await new OrganizationQueries(context).MembersOnTheRollsAsync(cellId, cancellationToken);
        return [.. members.Where(m => !enrolled.Contains(m.Id)).Select(m => new Enrollable(m.Id, m.FullName, false))];
    }

    /// <summary>The classes a member is enrolled in (newest first), for their own page.</summary>
    public Task<IReadOnlyList<ClassOfMember>> OfMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        OfAsync(e => e.MemberId == memberId, cancellationToken);

    /// <summary>The awareness classes a candidate is enrolled in (newest first), for their case's step form.</summary>
    public Task<IReadOnlyList<ClassOfMember>> OfCandidateAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        OfAsync(e => e.AdmissionCaseId == caseId, cancellationToken);

    private async Task<IReadOnlyList<ClassOfMember>> OfAsync(System.Linq.Expressions.Expression<Func<TrainingEnrolment, bool>> who, CancellationToken cancellationToken)
    {
        var enrolments = await context.TrainingEnrolments.AsNoTracking().Include(e => e.Attendance).Where(who).ToListAsync(cancellationToken);
        var ids = enrolments.Select(e => e.ClassId).ToList();
        var classes = await context.TrainingClasses.AsNoTracking().Include(c => c.Sessions).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var organizers = classes.Values.Select(c => c.OrganizerId).Distinct().ToList();
        var names = await context.Organizations.AsNoTracking().Where(o => organizers.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        foreach (var training in classes.Values)
        {
            training.Sessions.Sort((a, b) => a.On.CompareTo(b.On));
        }

        return [.. enrolments.Select(e => new ClassOfMember(classes[e.ClassId], e, names.GetValueOrDefault(classes[e.ClassId].OrganizerId, string.Empty)))
            .OrderByDescending(c => c.Class.StartsOn)];
    }
}
