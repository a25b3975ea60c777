using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Training;

/// <summary>
/// Opens classes, adds sessions and enrols members (or, in the awareness class, candidates) of the organizer's subtree.
/// Every refusal is Vietnamese and writes nothing; every write is audited by the context and bumps the class's version.
/// </summary>
public sealed class TrainingRegistry(DangVuDbContext context)
{
    /// <summary>Opens a class of an active organization, with its sessions.</summary>
    public async Task<TrainingOutcome> CreateAsync(NewTrainingClass request, CancellationToken cancellationToken = default)
    {
        var refusals = TrainingChecks.Plan(request.Plan).ToList();
        var organizer = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.OrganizerId, cancellationToken);
        if (organizer is null || !organizer.IsActive)
        {
            refusals.Add("Hãy chọn một tổ chức đảng còn hoạt động để mở lớp.");
        }

        var place = VietnameseText.Normalize(request.Place) is { Length: > 0 } p ? p : null;
        if (place?.Length > TrainingLimits.Note)
        {
            refusals.Add($"Địa điểm dài quá {TrainingLimits.Note} ký tự.");
        }

        if (refusals.Count > 0)
        {
            return TrainingOutcome.Refused(refusals);
        }

        var training = new TrainingClass
        {
            Kind = request.Plan.Kind,
            Name = request.Plan.Name,
            Topic = request.Plan.Topic,
            OrganizerId = organizer!.Id,
            OrganizerPath = organizer.Path,
            StartsOn = request.Plan.StartsOn,
            EndsOn = request.Plan.EndsOn,
            Place = place,
            IsSynthetic = request.IsSynthetic,
        };
        training.Sessions.AddRange(request.Plan.Sessions.OrderBy(s => s.On).Select(s => new TrainingSession { ClassId = training.Id, On = s.On, Title = s.Title }));
        context.TrainingClasses.Add(training);
        await context.SaveChangesAsync(cancellationToken);
        return new(training, []);
    }

    /// <summary>Adds a session within the class's dates.</summary>
    public async Task<TrainingOutcome> AddSessionAsync(Guid classId, int expectedVersion, SessionPlan session, CancellationToken cancellationToken = default)
    {
        var training = await context.TrainingClasses.Include(c => c.Sessions).SingleOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (training is null)
        {
            return TrainingOutcome.Missing;
        }

        if (training.Version != expectedVersion)
        {
            return TrainingOutcome.Stale(training);
        }

        var refusals = TrainingChecks.Session(training.StartsOn, training.EndsOn, session).ToList();
        if (training.Sessions.Count >= TrainingLimits.MaxSessions)
        {
            refusals.Add($"Một lớp có nhiều nhất {TrainingLimits.MaxSessions} buổi học.");
        }

        if (refusals.Count > 0)
        {
            return TrainingOutcome.Refused(refusals);
        }

        // Added explicitly: a new row with a client-made key put in a tracked collection would be taken for an existing one.
        context.Add(new TrainingSession { ClassId = training.Id, On = session.On, Title = session.Title });
        training.Version++;
        return await SaveAsync(training, cancellationToken);
    }

    /// <summary>
    /// Enrols members (or candidates, for the awareness class) of the organizer's subtree, all or none: someone outside
    /// it, off the rolls on the first day, already enrolled, or of the wrong kind for the class refuses the whole list.
    /// </summary>
    public async Task<TrainingOutcome> EnrolAsync(
        Guid classId, int expectedVersion, IReadOnlyCollection<Guid> memberIds, IReadOnlyCollection<Guid> candidateIds, CancellationToken cancellationToken = default)
    {
        var training = await context.TrainingClasses.Include(c => c.Enrolments).SingleOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (training is null)
        {
            return TrainingOutcome.Missing;
        }

        if (training.Version != expectedVersion)
        {
            return TrainingOutcome.Stale(training);
        }

        if (memberIds.Count + candidateIds.Count == 0)
        {
            return TrainingOutcome.Refused("Hãy chọn ít nhất một người để ghi danh.");
        }

        var organizerName = await context.Organizations.Where(o => o.Id == training.OrganizerId).Select(o => o.Name).SingleAsync(cancellationToken);
        var refusals = new List<string>();
        var members = await context.Members.AsNoTracking().Include(m => m.Events).Where(m => memberIds.Contains(m.Id)).ToListAsync(cancellationToken);
        var cases = await context.AdmissionCases.AsNoTracking().Where(c => candidateIds.Contains(c.Id)).ToListAsync(cancellationToken);
        if (members.Count < memberIds.Distinct().Count() || cases.Count < candidateIds.Distinct().Count())
        {
            return TrainingOutcome.Refused("Không tìm thấy một số người được chọn.");
        }

        foreach (var member in members)
        {
            var within = OrganizationPath.IsWithin(member.OrganizationPath, training.OrganizerPath);
            if (TrainingChecks.EnrolMember(training.Kind, member.FullName, within, organizerName, member.StatusOn(training.StartsOn), training.StartsOn) is { } refusal)
            {
                refusals.Add(refusal);
            }
            else if (training.Enrolments.Any(e => e.MemberId == member.Id))
            {
                refusals.Add($"{member.FullName} đã có tên trong lớp.");
            }
        }

        foreach (var candidate in cases)
        {
            var within = OrganizationPath.IsWithin(candidate.OrganizationPath, training.OrganizerPath);
            if (TrainingChecks.EnrolCandidate(training.Kind, candidate.FullName, within, organizerName, candidate.Status == Core.Admission.AdmissionStatus.Candidate) is { } refusal)
            {
                refusals.Add(refusal);
            }
            else if (training.Enrolments.Any(e => e.AdmissionCaseId == candidate.Id))
            {
                refusals.Add($"{candidate.FullName} đã có tên trong lớp.");
            }
        }

        if (refusals.Count > 0)
        {
            return TrainingOutcome.Refused(refusals);
        }

        foreach (var member in members)
        {
            context.Add(new TrainingEnrolment
            {
                ClassId = training.Id,
                MemberId = member.Id,
                FullName = member.FullName,
                OrganizationId = member.OrganizationId,
                OrganizationPath = member.OrganizationPath,
            });
        }

        foreach (var candidate in cases)
        {
            context.Add(new TrainingEnrolment
            {
                ClassId = training.Id,
                AdmissionCaseId = candidate.Id,
                FullName = candidate.FullName,
                OrganizationId = candidate.OrganizationId,
                OrganizationPath = candidate.OrganizationPath,
            });
        }

        training.Version++;
        return await SaveAsync(training, cancellationToken);
    }

    private async Task<TrainingOutcome> SaveAsync(TrainingClass training, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return TrainingOutcome.Stale(training);
        }

        return new(training, []);
    }
}
